package cn.wanhuo.hub.connectors.simulators;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the platform simulators with the hub when {@code wanhuo.simulators.enabled}, and stops them with it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("wanhuo.simulators.enabled")
@EnableConfigurationProperties(SimulatorSettings.class)
class SimulatorConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

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
}
