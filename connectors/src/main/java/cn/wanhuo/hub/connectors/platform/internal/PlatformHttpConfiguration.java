package cn.wanhuo.hub.connectors.platform.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One HTTP client for all four adapters, so timeouts and limits are set in one place. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpSettings.class)
class PlatformHttpConfiguration {

  @Bean
  PlatformHttp platformHttp(HttpSettings settings) {
    return new PlatformHttp(settings);
  }
}
