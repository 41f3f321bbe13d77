package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.shared.DomainException;

/** No product with that id that the caller may manage. */
public final class ListingProductNotFound extends DomainException.NotFound {

  public ListingProductNotFound(String id) {
    super("product-not-found", "There is no product " + id + ".");
  }
}
