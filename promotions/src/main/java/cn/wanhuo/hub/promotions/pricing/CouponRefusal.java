package cn.wanhuo.hub.promotions.pricing;

/** Why a coupon given to the engine was not applied. */
public enum CouponRefusal {
  /** The scope's amount after item rules and spend-save is below the coupon's minimum spend. */
  BELOW_MIN_SPEND,
  /** The coupon belongs to a campaign with no line in this cart. */
  NO_ELIGIBLE_GOODS,
  /** It would take nothing off (the amount left is 0, or the percentage rounds to 0 fen). */
  NOTHING_TO_DISCOUNT,
  /** A stackable coupon, left out because a non-stackable coupon ({@code excludedBy}) saves the buyer more. */
  EXCLUDED_BY_NON_STACKABLE,
  /** A non-stackable coupon, left out because another choice saves the buyer at least as much. */
  BETTER_CHOICE_APPLIED
}
