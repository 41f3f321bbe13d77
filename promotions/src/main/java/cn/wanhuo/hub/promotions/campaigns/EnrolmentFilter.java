package cn.wanhuo.hub.promotions.campaigns;

import org.jspecify.annotations.Nullable;

/** Which enrolments a list shows. */
public record EnrolmentFilter(@Nullable String producerId, @Nullable String campaignId, @Nullable EnrolmentStatus status, int page,
    int size) {}
