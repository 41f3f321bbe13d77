package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.pavilion.SearchResult;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A campaign's landing page in the pavilion: what consumers may know of it, and a page of its products. */
public record PublicCampaign(String id, String nameZh, @Nullable String nameEn, String descriptionZh, @Nullable String descriptionEn,
    CampaignType type, @Nullable String regionalBrand, CampaignStatus status, Instant startsAt, Instant endsAt,
    List<FlashSession> flashSessions, @Nullable @JsonFormat(pattern = "HH:mm") LocalTime activeSession, List<Channel> channels, List<SpendSaveTier> spendSaveTiers,
    @Nullable String bannerFileId, SearchResult products) {

  static PublicCampaign of(Campaign c, SearchResult products) {
    var plan = c.plan();
    return new PublicCampaign(c.id(), plan.nameZh(), plan.nameEn(), plan.descriptionZh(), plan.descriptionEn(), plan.type(),
        plan.regionalBrand(), c.status(), c.startAt(), c.endAt(), plan.flashSessions(), c.activeSession(), plan.channels(),
        plan.spendSaveTiers(), c.bannerFileId(), products);
  }
}
