package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.shared.DomainException;

/** No demo shop is on offer for that platform (the simulators are not running). */
public final class DemoShopNotFound extends DomainException.NotFound {

  DemoShopNotFound(Channel channel) {
    super("demo-shop-not-found", "There is no demo shop for " + channel + ".");
  }
}
