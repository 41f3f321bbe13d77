package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.DomainException;

/** A synonym group whose words repeat or are empty after trimming. */
public final class InvalidSynonyms extends DomainException.Invalid {

  InvalidSynonyms(String message) {
    super("validation-failed", "terms", message);
  }
}
