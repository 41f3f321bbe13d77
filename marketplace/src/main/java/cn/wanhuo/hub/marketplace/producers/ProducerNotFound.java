package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.shared.DomainException;

/** No producer with this id that the caller may see. */
public final class ProducerNotFound extends DomainException.NotFound {

  public ProducerNotFound(String id) {
    super("producer-not-found", "No producer " + id + " that you may see.");
  }
}
