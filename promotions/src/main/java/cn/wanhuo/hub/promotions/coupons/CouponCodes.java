package cn.wanhuo.hub.promotions.coupons;

import java.util.Locale;

/** Buyers may type a code in any case; it is stored and looked up upper-case. */
final class CouponCodes {

  private CouponCodes() {}

  static String normalise(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }
}
