package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.Locale;

/**
 * The demo shop each simulator knows from the start. These are fixed, documented strings (docs/connectors.md,
 * "Simulators"), valid only against the simulators: not secrets.
 */
final class DemoShops {

  private DemoShops() {}

  static String appKey(Channel channel) {
    return "demo-" + slug(channel) + "-app";
  }

  static String secret(Channel channel) {
    return "demo-" + slug(channel) + "-secret";
  }

  static String token(Channel channel) {
    return "demo-" + slug(channel) + "-token";
  }

  private static String slug(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }
}
