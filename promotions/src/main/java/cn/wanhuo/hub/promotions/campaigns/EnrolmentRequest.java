package cn.wanhuo.hub.promotions.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A producer's offer of one SKU to one campaign. */
public record EnrolmentRequest(
    @NotBlank @Size(max = 64) String campaignId,
    @NotBlank @Size(max = 64) String productId,
    @NotBlank @Size(max = 40) String skuCode,
    @Positive @Max(100_000_000) long campaignPriceFen,
    @Positive @Max(10_000_000) int quota,
    @Positive @Max(10_000_000) int perBuyerLimit) {}
