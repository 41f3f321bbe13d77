package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.channels.ChannelAccounts;
import cn.wanhuo.hub.connectors.channels.DemoShop;
import cn.wanhuo.hub.connectors.channels.DemoShops;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.sync.SyncStatuses;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;

/** Starts the platform simulators with the hub when {@code wanhuo.simulators.enabled}, and stops them with it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("wanhuo.simulators.enabled")
@EnableConfigurationProperties(SimulatorSettings.class)
class SimulatorConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);
  private static final Map<Channel, String> SHOP_NAMES = Map.of(
      Channel.TAOBAO, "皖货汇安徽馆 · 天猫（模拟）",
      Channel.JD, "皖货汇安徽馆 · 京东（模拟）",
      Channel.PINDUODUO, "皖货汇安徽馆 · 拼多多（模拟）",
      Channel.SUNING, "皖货汇安徽馆 · 苏宁（模拟）");

  @Bean(destroyMethod = "stop")
  PlatformSimulators platformSimulators(SimulatorSettings settings) {
    var simulators = new PlatformSimulators(settings).start();
    if (settings.ordersPerMinute() > 0) {
      simulators.startOrders(settings.ordersPerMinute());
    }
    PlatformSimulators.PLATFORMS.forEach(channel -> log.info("{} simulator: {} (controls under /__sim/)", channel,
        simulators.gateway(channel)));
    return simulators;
  }

  /** Each simulator's demo shop, for the admin's one-click connect (Admin → channel shops). */
  @Bean
  DemoShops simulatorDemoShops(PlatformSimulators simulators) {
    return () -> Flux.fromIterable(PlatformSimulators.PLATFORMS).map(channel -> {
      ShopCredentials shop = simulators.demoShop(channel);
      return new DemoShop(channel, SHOP_NAMES.get(channel), shop.gateway(), shop.appKey(), shop.appSecret(),
          shop.accessToken());
    });
  }

  /**
   * The simulators start empty on every run while the hub's records survive a restart of {@code ./hub run}: what the
   * hub believed the demo shops held is forgotten, so every listing is pushed to them again.
   */
  @Bean
  ApplicationListener<ApplicationReadyEvent> resyncSimulatedShops(PlatformSimulators simulators,
      ObjectProvider<ChannelAccounts> accounts, ObjectProvider<SyncStatuses> syncs) {
    Set<URI> gateways = PlatformSimulators.PLATFORMS.stream().map(simulators::gateway).collect(Collectors.toSet());
    return ready -> Flux.defer(() -> accounts.getObject().all())
        .filter(account -> gateways.contains(account.gateway()))
        .concatMap(account -> syncs.getObject().forgetShop(account.id()))
        .reduce(0L, Long::sum)
        .subscribe(count -> {
          if (count > 0) {
            log.info("The simulators started empty: {} listings of their demo shops will be pushed again", count);
          }
        }, error -> log.warn("Could not re-plan the simulated shops' listings: {}", error.toString()));
  }
}
