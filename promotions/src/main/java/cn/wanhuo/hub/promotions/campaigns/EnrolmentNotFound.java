package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;

/** No such enrolment (or product to enrol), or none the caller may act on. */
public final class EnrolmentNotFound extends DomainException.NotFound {

  EnrolmentNotFound(String what) {
    super("not-found", "There is no " + what + ".");
  }
}
