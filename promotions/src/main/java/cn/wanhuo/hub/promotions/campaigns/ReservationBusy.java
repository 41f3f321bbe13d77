package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;

/** Another decision on the same SKU holds its lock right now; retrying in a moment succeeds. */
public final class ReservationBusy extends DomainException.Conflict {

  ReservationBusy(String skuCode) {
    super("reservation-busy", "Another decision on SKU " + skuCode + " is being saved; please retry in a moment.");
  }
}
