package cn.wanhuo.hub.connectors.simulators;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the hub starts the platform simulators, and how they behave. Off unless enabled; the local profile turns
 * them on for the demo, production never.
 *
 * @param ports each simulator's port; 0 picks a free one
 * @param qps each app key's calls per second on every simulator
 * @param ordersPerMinute how fast buyers order on each simulator once started; 0 leaves order generation off
 * @param seed makes generated orders and random faults repeatable
 * @param statusStep how long an order stays unpaid, paid or shipped before it may move on
 * @param timeoutDelay how long a TIMEOUT fault holds its answer: longer than the connectors wait
 */
@ConfigurationProperties("wanhuo.simulators")
public record SimulatorSettings(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("127.0.0.1") String host,
    @DefaultValue Ports ports,
    @DefaultValue("50") int qps,
    @DefaultValue("0") double ordersPerMinute,
    @DefaultValue("6") long seed,
    @DefaultValue("20s") Duration statusStep,
    @DefaultValue("35s") Duration timeoutDelay) {

  /** Each platform's simulator port. */
  public record Ports(
      @DefaultValue("0") int taobao,
      @DefaultValue("0") int jd,
      @DefaultValue("0") int pinduoduo,
      @DefaultValue("0") int suning) {}

  /** Random ports, the given QPS and seed, no order generation: what tests start. */
  public static SimulatorSettings forTests(int qps, long seed) {
    return new SimulatorSettings(true, "127.0.0.1", new Ports(0, 0, 0, 0), qps, 0, seed, Duration.ofSeconds(20),
        Duration.ofSeconds(35));
  }
}
