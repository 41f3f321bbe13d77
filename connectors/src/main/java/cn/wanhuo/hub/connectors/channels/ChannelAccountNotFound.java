package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.shared.DomainException;

/** No shop account with that id. */
public final class ChannelAccountNotFound extends DomainException.NotFound {

  ChannelAccountNotFound(String id) {
    super("channel-account-not-found", "There is no channel account " + id + ".");
  }
}
