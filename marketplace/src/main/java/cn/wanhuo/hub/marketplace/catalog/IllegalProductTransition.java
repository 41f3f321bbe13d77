package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException;

/** The product's state does not allow this step; the answer names the state. */
public final class IllegalProductTransition extends DomainException.Conflict {

  IllegalProductTransition(Product product, String action) {
    super("illegal-product-transition", "Product " + product.id() + " is " + product.status() + " and cannot " + action + ".");
  }
}
