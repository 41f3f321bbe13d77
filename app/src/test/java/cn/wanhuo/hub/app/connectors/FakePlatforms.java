package cn.wanhuo.hub.app.connectors;

import cn.wanhuo.hub.connectors.platform.PlatformConnector;
import cn.wanhuo.hub.connectors.platform.PlatformConnectors;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The four platforms as in-memory fakes, for tests of the sync alone (the simulators test the real adapters). They
 * reach the sync through a primary {@link PlatformConnectors} of their own and are never beans of the connector type,
 * so they sit beside the real adapters without clashing.
 */
public final class FakePlatforms {

  private final Map<Channel, FakePlatform> byChannel = new EnumMap<>(Channel.class);

  FakePlatforms() {
    for (Channel channel : List.of(Channel.TAOBAO, Channel.JD, Channel.PINDUODUO, Channel.SUNING)) {
      byChannel.put(channel, new FakePlatform(channel));
    }
  }

  public FakePlatform on(Channel channel) {
    return byChannel.get(channel);
  }

  /** The beans a sync test context adds. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Beans {

    @Bean
    FakePlatforms fakePlatforms() {
      return new FakePlatforms();
    }

    @Bean
    @Primary
    PlatformConnectors fakeConnectors(FakePlatforms fakes) {
      return new PlatformConnectors(List.<PlatformConnector>copyOf(fakes.byChannel.values()));
    }
  }
}
