package cn.wanhuo.hub.marketplace.pavilion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live or coming campaign as the pavilion's home page lists it. */
public record CampaignCard(String id, String nameZh, @Nullable String nameEn, String type, String status, Instant startsAt,
    Instant endsAt, @Nullable String bannerFileId, long productCount) {}
