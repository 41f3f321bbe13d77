package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.marketplace.catalog.Category;
import org.jspecify.annotations.Nullable;

/**
 * Where a sale belongs, decided once when its line is first recorded and kept: a later change to the product, the
 * producer or an enrolment does not move sales already made.
 *
 * @param campaignId the campaign that made the sale, or null when none did
 * @param countyCode the producer's county, when it gave one
 */
public record Attribution(@Nullable String campaignId, String producerId, String prefectureCode, @Nullable String countyCode,
    Category category, String productNameZh, @Nullable String productNameEn) {}
