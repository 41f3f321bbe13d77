package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.promotions.pricing.Coupon.Kind;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** What a new coupon must satisfy beyond its field annotations: the fields its kind needs, and a sane window. */
final class CouponRules {

  private CouponRules() {}

  static List<FieldProblem> problemsWith(NewCoupon coupon) {
    var problems = new ArrayList<FieldProblem>();
    if (coupon.kind() == Kind.AMOUNT_OFF) {
      if (coupon.amountFen() == null) {
        problems.add(new FieldProblem("amountFen", "an AMOUNT_OFF coupon needs an amount greater than 0"));
      }
      if (coupon.percentOff() != null) {
        problems.add(new FieldProblem("percentOff", "only PERCENT_OFF coupons take a percentage"));
      }
    } else {
      if (coupon.percentOff() == null) {
        problems.add(new FieldProblem("percentOff", "a PERCENT_OFF coupon needs a percentage from 1 to 99"));
      }
      if (coupon.amountFen() != null) {
        problems.add(new FieldProblem("amountFen", "only AMOUNT_OFF coupons take an amount"));
      }
    }
    if (!coupon.validTo().isAfter(coupon.validFrom())) {
      problems.add(new FieldProblem("validTo", "must be after validFrom"));
    }
    if (coupon.perBuyerLimitOrOne() > coupon.issueCount()) {
      problems.add(new FieldProblem("perBuyerLimit", "must not exceed issueCount"));
    }
    return problems;
  }
}
