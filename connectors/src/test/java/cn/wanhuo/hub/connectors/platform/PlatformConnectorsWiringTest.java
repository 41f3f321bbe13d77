package cn.wanhuo.hub.connectors.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wanhuo.hub.connectors.platform.internal.HttpSettings;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/** The four adapters are found as components and share one HTTP client bound to {@code wanhuo.connectors.http}. */
class PlatformConnectorsWiringTest {

  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = PlatformConnectors.class)
  static class Platform {}

  final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Platform.class);

  @Test
  void registersOneAdapterPerPlatformChannel() {
    context.run(spring -> {
      PlatformConnectors connectors = spring.getBean(PlatformConnectors.class);
      for (Channel channel : new Channel[] {Channel.TAOBAO, Channel.JD, Channel.PINDUODUO, Channel.SUNING}) {
        assertThat(connectors.forChannel(channel).channel()).isEqualTo(channel);
      }
      assertThatThrownBy(() -> connectors.forChannel(Channel.PAVILION)).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void bindsHttpSettingsWithDefaults() {
    context.withPropertyValues("wanhuo.connectors.http.response-timeout=7s").run(spring -> {
      HttpSettings settings = spring.getBean(HttpSettings.class);
      assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(7));
      assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(settings.maxResponseSize()).isEqualTo(DataSize.ofMegabytes(4));
    });
  }

  @Test
  void takesHttpSettingsFromTheEnvironmentVariablesTheReadmeNames() {
    Map<String, Object> variables = Map.of("WANHUO_CONNECTORS_HTTP_CONNECT_TIMEOUT", "2s",
        "WANHUO_CONNECTORS_HTTP_RESPONSE_TIMEOUT", "30s", "WANHUO_CONNECTORS_HTTP_MAX_RESPONSE_SIZE", "8MB");
    context.withInitializer(spring -> spring.getEnvironment().getPropertySources()
            .addFirst(new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
        .run(spring -> assertThat(spring.getBean(HttpSettings.class))
            .isEqualTo(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(30), DataSize.ofMegabytes(8))));
  }
}
