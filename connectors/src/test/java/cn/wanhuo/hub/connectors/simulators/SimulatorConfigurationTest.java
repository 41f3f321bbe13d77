package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SimulatorConfigurationTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(SimulatorConfiguration.class);

  @Test
  void startsNoSimulatorUnlessEnabled() {
    context.run(started -> assertThat(started).doesNotHaveBean(PlatformSimulators.class));
  }

  @Test
  void startsTheFourSimulatorsWithTheSettingsAndStopsThemWithTheContext() {
    context.withPropertyValues("wanhuo.simulators.enabled=true", "wanhuo.simulators.ports.taobao=0",
        "wanhuo.simulators.ports.jd=0", "wanhuo.simulators.qps=9", "wanhuo.simulators.seed=1").run(started -> {
          PlatformSimulators simulators = started.getBean(PlatformSimulators.class);
          assertThat(simulators.simulator(Channel.JD).qps()).isEqualTo(9);
          assertThat(simulators.simulator(Channel.TAOBAO).ordersPerMinute()).isZero();
          assertThat(TopClient.of(simulators.demoShop(Channel.TAOBAO))
              .call("taobao.items.custom.get", Map.of("outer_id", "x", "fields", "num_iid"))
              .at("/items_custom_get_response").isObject()).isTrue();
          assertThat(simulators.demoShop(Channel.SUNING).appKey()).isEqualTo("demo-suning-app");
        });
  }

  @Test
  void startsOrderGenerationWhenARateIsSet() {
    context.withPropertyValues("wanhuo.simulators.enabled=true", "wanhuo.simulators.orders-per-minute=12")
        .run(started -> assertThat(started.getBean(PlatformSimulators.class).simulator(Channel.PINDUODUO)
            .ordersPerMinute()).isEqualTo(12));
  }
}
