package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.DomainException;

/** Another instance is rebuilding or repairing the index right now. */
public final class IndexMaintenanceBusy extends DomainException.Conflict {

  IndexMaintenanceBusy() {
    super("index-maintenance-busy", "The search index is being rebuilt or repaired by another instance; try again shortly.");
  }
}
