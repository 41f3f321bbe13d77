package cn.wanhuo.hub.promotions.coupons;

/** Where a coupon stands at a moment; also why a buyer cannot use it. */
public enum CouponStatus {
  /** Usable now. */
  ACTIVE,
  /** Its validity has not begun. */
  NOT_YET_VALID,
  EXPIRED,
  DISABLED,
  /** Every issued coupon has been redeemed. */
  EXHAUSTED
}
