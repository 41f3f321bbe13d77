package cn.wanhuo.hub.promotions.pricing;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's price for one SKU, applied per unit before any order-level rule. A line belongs to the campaign
 * of its item rule: that is what {@link OrderRule.SpendSave} and campaign coupons count.
 */
public sealed interface ItemRule permits ItemRule.FixedPrice, ItemRule.PercentOff {

  String campaignId();

  /** Units one buyer may buy at the campaign price, counting earlier orders; null for no limit. */
  @Nullable Integer perBuyerLimit();

  /** A fixed campaign price per unit; must be below the list price (checked when priced). */
  record FixedPrice(String campaignId, long priceFen, @Nullable Integer perBuyerLimit) implements ItemRule {
    public FixedPrice {
      InvalidPriceRequest.requireText(campaignId, "campaignId");
      InvalidPriceRequest.check(priceFen >= 0, "priceFen", "campaign price must not be negative, was " + priceFen);
      checkLimit(perBuyerLimit);
    }
  }

  /** A percentage off the list price per unit, 1 to 99; the discount per unit is rounded half-up to the fen. */
  record PercentOff(String campaignId, int percentOff, @Nullable Integer perBuyerLimit) implements ItemRule {
    public PercentOff {
      InvalidPriceRequest.requireText(campaignId, "campaignId");
      InvalidPriceRequest.check(percentOff >= 1 && percentOff <= 99, "percentOff", "percent off must be 1 to 99, was " + percentOff);
      checkLimit(perBuyerLimit);
    }
  }

  private static void checkLimit(@Nullable Integer perBuyerLimit) {
    InvalidPriceRequest.check(perBuyerLimit == null || perBuyerLimit >= 1, "perBuyerLimit",
        "per-buyer limit must be at least 1, was " + perBuyerLimit);
  }
}
