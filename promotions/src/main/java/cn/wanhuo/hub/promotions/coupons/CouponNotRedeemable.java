package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.shared.DomainException;
import java.util.Locale;

/**
 * A coupon an order cannot redeem, with the reason in the problem type: {@code coupon-exhausted},
 * {@code coupon-expired}, {@code coupon-not-yet-valid}, {@code coupon-disabled} or {@code coupon-buyer-limit-reached}.
 */
public final class CouponNotRedeemable extends DomainException.Rejected {

  /** Why the coupon cannot be redeemed. */
  public enum Reason { EXHAUSTED, EXPIRED, NOT_YET_VALID, DISABLED, BUYER_LIMIT_REACHED }

  private final Reason reason;

  CouponNotRedeemable(String code, Reason reason) {
    super("coupon-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        "The coupon " + code + " cannot be redeemed: " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
    this.reason = reason;
  }

  static CouponNotRedeemable of(String code, CouponStatus status) {
    return new CouponNotRedeemable(code, switch (status) {
      case EXPIRED -> Reason.EXPIRED;
      case NOT_YET_VALID -> Reason.NOT_YET_VALID;
      case DISABLED -> Reason.DISABLED;
      case EXHAUSTED, ACTIVE -> Reason.EXHAUSTED;
    });
  }

  public Reason reason() {
    return reason;
  }
}
