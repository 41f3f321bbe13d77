package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Channel account settings.
 *
 * @param secretKey Base64 of the 32-byte AES key that seals shop secrets; from the environment in production
 * @param defaultQps calls per second a new shop gets on each platform unless the admin says otherwise
 * @param publicBaseUrl where platforms fetch our product images from
 */
@ConfigurationProperties("wanhuo.connectors")
public record ChannelSettings(String secretKey, Map<Channel, Integer> defaultQps, URI publicBaseUrl) {

  public ChannelSettings {
    defaultQps = defaultQps == null ? Map.of() : Map.copyOf(defaultQps);
  }

  /** The QPS a new shop on the channel gets when the admin gives none. */
  public int qpsFor(Channel channel) {
    return defaultQps.getOrDefault(channel, 10);
  }
}
