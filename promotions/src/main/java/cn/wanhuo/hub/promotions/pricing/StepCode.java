package cn.wanhuo.hub.promotions.pricing;

/** Stable names of the steps of a price explanation; a UI renders each in its language from the step's numbers. */
public enum StepCode {
  /** Units sold at a campaign's fixed price. */
  CAMPAIGN_FIXED_PRICE,
  /** Units sold at a percentage off the list price. */
  PERCENT_OFF,
  /** Units beyond the buyer's limit, sold at list price. */
  PER_BUYER_LIMIT,
  /** A spend-save (满减) tier reached by a campaign's subtotal. */
  SPEND_SAVE,
  /** A campaign in the cart has spend-save tiers, none reached yet. */
  SPEND_SAVE_NOT_REACHED,
  COUPON_AMOUNT_OFF,
  COUPON_PERCENT_OFF,
  /** A coupon the buyer gave that does not apply; the adjustment's {@code reason} says why. */
  COUPON_NOT_APPLIED
}
