package cn.wanhuo.hub.connectors.platform;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The adapter for each platform channel. */
@Component
public class PlatformConnectors {

  private final Map<Channel, PlatformConnector> byChannel = new EnumMap<>(Channel.class);

  public PlatformConnectors(List<PlatformConnector> connectors) {
    for (PlatformConnector connector : connectors) {
      if (byChannel.put(connector.channel(), connector) != null) {
        throw new IllegalStateException("Two connectors for " + connector.channel());
      }
    }
  }

  /** The adapter for a platform channel; the pavilion has none. */
  public PlatformConnector forChannel(Channel channel) {
    PlatformConnector connector = byChannel.get(channel);
    if (connector == null) {
      throw new IllegalArgumentException("No connector for " + channel);
    }
    return connector;
  }
}
