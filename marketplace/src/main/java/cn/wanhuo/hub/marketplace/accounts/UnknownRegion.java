package cn.wanhuo.hub.marketplace.accounts;

import cn.wanhuo.hub.shared.DomainException;

/** The region scope names no division of Anhui. */
public final class UnknownRegion extends DomainException.Rejected {

  public UnknownRegion(String code) {
    super("unknown-region", "The region code " + code + " is neither Anhui (340000) nor one of its prefectures or counties.");
  }
}
