package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** Numbers of an enrolment that break the rules: price not below the list price, quota above available stock. */
public final class InvalidEnrolment extends DomainException.Invalid {

  InvalidEnrolment(List<FieldProblem> problems) {
    super("validation-failed", problems, "The enrolment has invalid fields; see errors.");
  }
}
