package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.Map;

/** Approving would reserve more units than the SKU has left outside other campaigns. */
public final class QuotaExceedsStock extends DomainException.Conflict {

  private final int available;

  QuotaExceedsStock(Enrolment enrolment, int available) {
    super("quota-exceeds-stock", "SKU " + enrolment.skuCode() + " has " + available + " units available, fewer than the quota of "
        + enrolment.quota() + ".");
    this.available = available;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("available", available);
  }
}
