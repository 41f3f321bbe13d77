package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.DomainException;

/** No synonym group has this id. */
public final class SynonymNotFound extends DomainException.NotFound {

  SynonymNotFound(String id) {
    super("not-found", "No synonym group " + id + ".");
  }
}
