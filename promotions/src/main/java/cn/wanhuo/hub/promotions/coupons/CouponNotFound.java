package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.shared.DomainException;

/** No coupon has this code. */
public final class CouponNotFound extends DomainException.NotFound {

  CouponNotFound(String code) {
    super("coupon-not-found", "No coupon has the code " + code + ".");
  }
}
