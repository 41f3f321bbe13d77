package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.CallPermits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One HTTP client for all four adapters, so timeouts and limits are set in one place. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpSettings.class)
class PlatformHttpConfiguration {

  /** Paced by the shop's rate limit when the hub provides one (the channels feature does), else unpaced. */
  @Bean
  PlatformHttp platformHttp(HttpSettings settings, ObjectProvider<CallPermits> permits) {
    return new PlatformHttp(settings, permits.getIfAvailable(() -> CallPermits.UNLIMITED));
  }
}
