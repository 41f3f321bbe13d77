package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;

/** A demo shop on offer, without its secret or token. */
public record DemoShopView(Channel channel, String shopName, String gateway, String appKeyHint, boolean connected) {

  static DemoShopView of(DemoShop shop, boolean connected) {
    String key = shop.appKey();
    return new DemoShopView(shop.channel(), shop.shopName(), shop.gateway().toString(), "…" + key.substring(Math.max(0, key.length() - 4)),
        connected);
  }
}
