package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.shared.DomainException;

/** Another producer is registered under this unified social credit code. */
public final class CreditCodeTaken extends DomainException.Conflict {

  public CreditCodeTaken(String code) {
    super("credit-code-taken", "A producer with the unified social credit code " + code + " is registered already.");
  }
}
