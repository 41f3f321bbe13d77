package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException;

/** No product with this id that the caller may see. */
public final class ProductNotFound extends DomainException.NotFound {

  public ProductNotFound(String id) {
    super("product-not-found", "No product " + id + " that you may see.");
  }
}
