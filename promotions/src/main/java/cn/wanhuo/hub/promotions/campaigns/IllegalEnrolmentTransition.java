package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.Map;

/** The enrolment was decided or withdrawn already; the answer names its state. */
public final class IllegalEnrolmentTransition extends DomainException.Conflict {

  private final EnrolmentStatus current;

  IllegalEnrolmentTransition(Enrolment enrolment, String action) {
    super("illegal-enrolment-transition", "Enrolment " + enrolment.id() + " is " + enrolment.status() + " and cannot " + action + ".");
    this.current = enrolment.status();
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("currentStatus", current.name());
  }
}
