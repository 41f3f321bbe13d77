package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException;

/** Another product of the same producer already uses this SKU code. */
public final class SkuCodeTaken extends DomainException.Conflict {

  SkuCodeTaken(String code, String otherProductId) {
    super("sku-code-taken", "The SKU code " + code + " is already used by your product " + otherProductId + ".");
  }
}
