package cn.wanhuo.hub.marketplace.accounts;

import cn.wanhuo.hub.shared.DomainException;

/** A reviewer reviews one region; the account needs it. */
public final class RegionScopeRequired extends DomainException.Rejected {

  public RegionScopeRequired() {
    super("region-scope-required", "A REVIEWER account needs a region scope: the province, a prefecture or a county code.");
  }
}
