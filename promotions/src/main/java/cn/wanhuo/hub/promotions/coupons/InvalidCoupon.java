package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** A new coupon whose fields contradict each other or its kind. */
public final class InvalidCoupon extends DomainException.Invalid {

  InvalidCoupon(List<FieldProblem> problems) {
    super("validation-failed", problems, "The coupon has invalid fields; see errors.");
  }
}
