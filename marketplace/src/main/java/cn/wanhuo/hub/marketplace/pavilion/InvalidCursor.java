package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.DomainException;

/** A page cursor this hub did not hand out (edited, truncated or from another query). */
public final class InvalidCursor extends DomainException.Invalid {

  InvalidCursor() {
    super("validation-failed", "cursor", "The cursor is not one this search answered; start again from the first page.");
  }
}
