package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.shared.DomainException;

/** The producer is not in a state where this step is allowed. */
public final class IllegalVerification extends DomainException.Conflict {

  public IllegalVerification(String producerId, Verification current, String action) {
    super("illegal-verification-step", "Producer " + producerId + " is " + current + "; only a SUBMITTED producer can be asked to " + action + ".");
  }
}
