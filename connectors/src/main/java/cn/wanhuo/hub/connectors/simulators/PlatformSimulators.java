package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The four platform simulators (Taobao/Tmall, JD, Pinduoduo, Suning) started and stopped together. Tests create one
 * with {@link SimulatorSettings#forTests}; the app's {@code SimulatorConfiguration} starts one when
 * {@code wanhuo.simulators.enabled}.
 */
public final class PlatformSimulators implements AutoCloseable {

  /** The channels with a simulator: every platform, not the pavilion. */
  public static final List<Channel> PLATFORMS = List.of(Channel.TAOBAO, Channel.JD, Channel.PINDUODUO, Channel.SUNING);

  private final Map<Channel, PlatformSimulator> simulators = new EnumMap<>(Channel.class);

  public PlatformSimulators(SimulatorSettings settings) {
    SimulatorSettings.Ports ports = settings.ports();
    simulators.put(Channel.TAOBAO, new PlatformSimulator(Channel.TAOBAO, ports.taobao(), settings));
    simulators.put(Channel.JD, new PlatformSimulator(Channel.JD, ports.jd(), settings));
    simulators.put(Channel.PINDUODUO, new PlatformSimulator(Channel.PINDUODUO, ports.pinduoduo(), settings));
    simulators.put(Channel.SUNING, new PlatformSimulator(Channel.SUNING, ports.suning(), settings));
  }

  /** Starts all four; if one cannot listen, those already started are stopped again. */
  public PlatformSimulators start() {
    try {
      simulators.values().forEach(PlatformSimulator::start);
    } catch (RuntimeException e) {
      stop();
      throw new IllegalStateException("A platform simulator could not start (is its port taken?)", e);
    }
    return this;
  }

  public void stop() {
    simulators.values().forEach(PlatformSimulator::stop);
  }

  @Override
  public void close() {
    stop();
  }

  public PlatformSimulator simulator(Channel channel) {
    PlatformSimulator simulator = simulators.get(channel);
    if (simulator == null) {
      throw new IllegalArgumentException("No simulator for " + channel);
    }
    return simulator;
  }

  public URI gateway(Channel channel) {
    return simulator(channel).gateway();
  }

  /** The platform's demo shop: app key, secret and current token, against the simulator's gateway. */
  public ShopCredentials demoShop(Channel channel) {
    return simulator(channel).demoShop();
  }

  public void startOrders(double ordersPerMinute) {
    simulators.values().forEach(simulator -> simulator.startOrders(ordersPerMinute));
  }

  public void stopOrders() {
    simulators.values().forEach(PlatformSimulator::stopOrders);
  }
}
