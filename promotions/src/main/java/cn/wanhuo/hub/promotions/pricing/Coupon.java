package cn.wanhuo.hub.promotions.pricing;

import org.jspecify.annotations.Nullable;

/**
 * A coupon the buyer presents, already found valid (enabled, in its validity, issue count and per-buyer limit
 * left) by the coupon service. The engine still checks the minimum spend and stacking.
 *
 * @param amountFen the amount off, for {@link Kind#AMOUNT_OFF}; ignored otherwise
 * @param percentOff 1 to 99, for {@link Kind#PERCENT_OFF}; ignored otherwise
 * @param minSpendFen the scope's amount after item rules and spend-save must reach this; 0 for none
 * @param stackable whether it combines with other stackable coupons; a non-stackable coupon stands alone
 * @param campaignId limits the coupon to that campaign's lines; null for the whole order
 */
public record Coupon(String code, Kind kind, long amountFen, int percentOff, long minSpendFen, boolean stackable,
    @Nullable String campaignId) {

  /** What the coupon takes off. */
  public enum Kind { AMOUNT_OFF, PERCENT_OFF }

  public Coupon {
    InvalidPriceRequest.requireText(code, "code");
    InvalidPriceRequest.check(kind != Kind.AMOUNT_OFF || amountFen > 0, "amountFen",
        "coupon " + code + " must take off a positive amount, was " + amountFen);
    InvalidPriceRequest.check(kind != Kind.PERCENT_OFF || percentOff >= 1 && percentOff <= 99, "percentOff",
        "coupon " + code + " must take off 1 to 99 percent, was " + percentOff);
    InvalidPriceRequest.check(minSpendFen >= 0, "minSpendFen", "coupon " + code + " has a negative minimum spend");
  }

  public static Coupon amountOff(String code, long amountFen, long minSpendFen, boolean stackable) {
    return new Coupon(code, Kind.AMOUNT_OFF, amountFen, 0, minSpendFen, stackable, null);
  }

  public static Coupon percentOff(String code, int percentOff, long minSpendFen, boolean stackable) {
    return new Coupon(code, Kind.PERCENT_OFF, 0, percentOff, minSpendFen, stackable, null);
  }

  /** The same coupon limited to one campaign's lines. */
  public Coupon forCampaign(String campaign) {
    return new Coupon(code, kind, amountFen, percentOff, minSpendFen, stackable, campaign);
  }

  /** What this coupon takes off an amount of {@code baseFen}: never more than the base. */
  long discountOn(long baseFen) {
    return kind == Kind.AMOUNT_OFF ? Math.min(amountFen, baseFen) : Fen.percentOf(baseFen, percentOff);
  }
}
