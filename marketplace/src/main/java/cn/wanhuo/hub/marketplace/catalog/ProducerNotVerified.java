package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException;

/** Only verified producers list products. */
public final class ProducerNotVerified extends DomainException.Rejected {

  ProducerNotVerified(String producerId) {
    super("producer-not-verified", "Producer " + producerId + " is not verified yet; products can be listed once a reviewer has verified it.");
  }
}
