package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.shared.DomainException;

/** Another coupon already has this code. */
public final class CouponCodeTaken extends DomainException.Conflict {

  CouponCodeTaken(String code) {
    super("coupon-code-taken", "A coupon with the code " + code + " exists already.");
  }
}
