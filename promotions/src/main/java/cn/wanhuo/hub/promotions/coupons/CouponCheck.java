package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.promotions.pricing.Coupon;
import java.util.List;

/**
 * Which of the codes a buyer gave may go to the pricing engine, and why the others may not.
 *
 * @param usable in the order given, ready for {@code PriceRequest.coupons}
 * @param refused each code that may not be used, upper-case, with the reason
 */
public record CouponCheck(List<Coupon> usable, List<Refused> refused) {

  /** Why a buyer cannot use a code now. */
  public enum Reason { UNKNOWN, NOT_YET_VALID, EXPIRED, DISABLED, EXHAUSTED, BUYER_LIMIT_REACHED }

  /** A code the buyer may not use. */
  public record Refused(String code, Reason reason) {}
}
