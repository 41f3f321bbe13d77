package cn.wanhuo.hub.marketplace.regions;

import cn.wanhuo.hub.shared.DomainException;

/** No Anhui division has this code. */
public final class RegionNotFound extends DomainException.NotFound {

  public RegionNotFound(String code) {
    super("region-not-found", "No Anhui prefecture or county has the code " + code + ".");
  }
}
