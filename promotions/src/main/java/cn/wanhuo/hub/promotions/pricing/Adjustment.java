package cn.wanhuo.hub.promotions.pricing;

import org.jspecify.annotations.Nullable;

/**
 * An order-level step: a spend-save tier, a coupon applied, or a coupon (or spend-save) that did not apply.
 *
 * @param campaignId the spend-save's campaign, or the campaign a coupon is limited to (null: the whole order)
 * @param couponCode for coupon steps
 * @param baseFen the amount the step looked at: the campaign's subtotal, or the coupon scope's amount before it
 * @param amountFen what it took off; 0 for steps that did not apply
 * @param tier the tier reached ({@link StepCode#SPEND_SAVE}) or the lowest tier ({@link StepCode#SPEND_SAVE_NOT_REACHED})
 * @param percentOff of a percent-off coupon
 * @param minSpendFen of a coupon
 * @param reason why a coupon was not applied
 * @param excludedBy the non-stackable coupon chosen instead, when that is the reason
 */
public record Adjustment(StepCode code, @Nullable String campaignId, @Nullable String couponCode, long baseFen,
    long amountFen, OrderRule.@Nullable Tier tier, @Nullable Integer percentOff, @Nullable Long minSpendFen,
    @Nullable CouponRefusal reason, @Nullable String excludedBy) {

  static Adjustment spendSave(String campaignId, long subtotalFen, OrderRule.Tier tier, long savedFen) {
    return new Adjustment(StepCode.SPEND_SAVE, campaignId, null, subtotalFen, savedFen, tier, null, null, null, null);
  }

  static Adjustment spendSaveNotReached(String campaignId, long subtotalFen, OrderRule.Tier lowest) {
    return new Adjustment(StepCode.SPEND_SAVE_NOT_REACHED, campaignId, null, subtotalFen, 0, lowest, null, null, null, null);
  }

  static Adjustment couponApplied(Coupon coupon, long baseFen, long discountFen) {
    var code = coupon.kind() == Coupon.Kind.AMOUNT_OFF ? StepCode.COUPON_AMOUNT_OFF : StepCode.COUPON_PERCENT_OFF;
    return new Adjustment(code, coupon.campaignId(), coupon.code(), baseFen, discountFen, null, percent(coupon),
        coupon.minSpendFen(), null, null);
  }

  static Adjustment couponRefused(Coupon coupon, long baseFen, CouponRefusal reason, @Nullable String excludedBy) {
    return new Adjustment(StepCode.COUPON_NOT_APPLIED, coupon.campaignId(), coupon.code(), baseFen, 0, null, percent(coupon),
        coupon.minSpendFen(), reason, excludedBy);
  }

  /** Whether this step took something off the order. */
  public boolean applied() {
    return amountFen > 0;
  }

  private static @Nullable Integer percent(Coupon coupon) {
    return coupon.kind() == Coupon.Kind.PERCENT_OFF ? coupon.percentOff() : null;
  }
}
