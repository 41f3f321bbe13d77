package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.shared.DomainException;

/** The profile is well-formed but names a credit code or region that does not hold up. */
public final class InvalidProducerProfile extends DomainException.Invalid {

  public InvalidProducerProfile(String field, String message) {
    super("validation-failed", field, message);
  }
}
