package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;

/** A ready-made shop on a platform simulator that an admin connects with one click in the demo. */
public record DemoShop(Channel channel, String shopName, URI gateway, String appKey, String appSecret, String accessToken) {

  @Override
  public String toString() {
    return "DemoShop[channel=" + channel + ", shopName=" + shopName + ", gateway=" + gateway + ", appKey=" + appKey + "]";
  }
}
