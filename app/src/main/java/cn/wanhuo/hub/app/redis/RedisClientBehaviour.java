package cn.wanhuo.hub.app.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Lettuce queues commands while disconnected by default, which turns a Redis outage into hanging requests.
 * Rejecting them instead gives an immediate 503; auto-reconnect brings everything back when Redis returns.
 */
@Configuration(proxyBeanMethods = false)
class RedisClientBehaviour {

  /**
   * Spring Data Redis opens its shared connection lazily and synchronously, which would block the event loop
   * of the first request; opening it at start-up (on the main thread) avoids that.
   */
  @Bean
  static BeanPostProcessor connectRedisAtStartup() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof LettuceConnectionFactory factory) {
          factory.setEagerInitialization(true);
        }
        return bean;
      }
    };
  }

  @Bean
  LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
    return options -> options
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
        .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(3)));
  }
}
