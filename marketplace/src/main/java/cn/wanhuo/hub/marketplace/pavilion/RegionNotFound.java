package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.DomainException;

/** No Anhui prefecture has this code. */
public final class RegionNotFound extends DomainException.NotFound {

  RegionNotFound(String code) {
    super("not-found", "No Anhui prefecture has the code " + code + ".");
  }
}
