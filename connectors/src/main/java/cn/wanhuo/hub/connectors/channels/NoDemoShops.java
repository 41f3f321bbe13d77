package cn.wanhuo.hub.connectors.channels;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;

/** Without platform simulators there are no demo shops to connect. */
@Configuration(proxyBeanMethods = false)
class NoDemoShops {

  @Bean
  @ConditionalOnMissingBean(DemoShops.class)
  DemoShops emptyDemoShops() {
    return Flux::empty;
  }
}
