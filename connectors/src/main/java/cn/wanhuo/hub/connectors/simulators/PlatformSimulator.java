package cn.wanhuo.hub.connectors.simulators;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.simulators.SimulatedItem.SimulatedSku;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One platform's simulator: a WireMock server speaking the platform's gateway protocol over an in-memory shop, with
 * the controls tests, benchmarks and the demo need. Thread-safe; every call and every generator step runs under one
 * lock, so each call sees and leaves a consistent shop.
 */
public final class PlatformSimulator {

  private final Channel channel;
  private final Dialect dialect;
  private final Apps apps = new Apps();
  private final CallLimiter limiter;
  private final FaultPlan faults;
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final Object lock = new Object();
  private final Catalog catalog;
  private final OrderBook orders = new OrderBook();
  private final OrderGenerator generator;
  private final OrderTicker ticker;
  private final WireMockServer server;
  private final String demoAppKey;
  private volatile String demoToken;
  private volatile Duration timeoutDelay;

  PlatformSimulator(Channel channel, int port, SimulatorSettings settings) {
    this.channel = channel;
    this.dialect = dialect(channel);
    long seed = settings.seed() * 31 + channel.ordinal();
    this.limiter = new CallLimiter(settings.qps());
    this.faults = new FaultPlan(seed);
    this.catalog = new Catalog(firstId(channel), firstId(channel) * 10);
    this.generator = new OrderGenerator(catalog, orders, dialect.refundsLines(), seed);
    this.ticker = new OrderTicker(this, settings.statusStep());
    this.timeoutDelay = settings.timeoutDelay();
    this.demoAppKey = DemoShops.appKey(channel);
    this.demoToken = DemoShops.token(channel);
    apps.register(demoAppKey, DemoShops.secret(channel), demoToken);
    var options = wireMockConfig().bindAddress(settings.host()).disableRequestJournal()
        .extensionScanningEnabled(false).containerThreads(32).asynchronousResponseEnabled(true)
        .asynchronousResponseThreads(4).gzipDisabled(true).notifier(new ConsoleNotifier(false))
        .extensions(new Gateway(this), new ControlSurface(this));
    this.server = new WireMockServer(port == 0 ? options.dynamicPort() : options.port(port));
    server.stubFor(post(urlPathEqualTo(dialect.path())).willReturn(aResponse().withTransformers(Gateway.NAME)));
    server.stubFor(any(urlPathMatching("/__sim/.*")).willReturn(aResponse().withTransformers(ControlSurface.NAME)));
  }

  private static Dialect dialect(Channel channel) {
    return switch (channel) {
      case TAOBAO -> new TaobaoDialect();
      case JD -> new JdDialect();
      case PINDUODUO -> new PinduoduoDialect();
      case SUNING -> new SuningDialect();
      case PAVILION -> throw new IllegalArgumentException("The pavilion is the hub itself, not a platform");
    };
  }

  /** Where ids start on each platform, so ids of different platforms never look alike. */
  private static long firstId(Channel channel) {
    return switch (channel) {
      case TAOBAO -> 600_000_000_001L;
      case JD -> 100_000_001L;
      case PINDUODUO -> 300_000_000_001L;
      default -> 10_000_001L;
    };
  }

  void start() {
    server.start();
  }

  void stop() {
    ticker.stop();
    server.stop();
  }

  public Channel channel() {
    return channel;
  }

  public int port() {
    return server.port();
  }

  /** The gateway URL the adapters call: the platform's path on this simulator. */
  public URI gateway() {
    return URI.create("http://127.0.0.1:" + port() + dialect.path());
  }

  /** The demo shop's credentials with the current demo token. */
  public ShopCredentials demoShop() {
    return new ShopCredentials(gateway(), demoAppKey, DemoShops.secret(channel), demoToken);
  }

  // Inspection

  public List<SimulatedItem> items() {
    synchronized (lock) {
      return catalog.items().stream().map(this::snapshot).toList();
    }
  }

  public List<SimulatedItem> itemsByOuterId(String outerId) {
    synchronized (lock) {
      return catalog.byOuterId(outerId).stream().map(this::snapshot).toList();
    }
  }

  public int itemCount() {
    synchronized (lock) {
      return catalog.items().size();
    }
  }

  /** Items beyond the first per outer id: 0 when the hub never created one twice. */
  public int duplicateItems() {
    synchronized (lock) {
      return catalog.countsByOuterId().values().stream().mapToInt(count -> count - 1).sum();
    }
  }

  public int itemCount(String outerId) {
    synchronized (lock) {
      return catalog.byOuterId(outerId).size();
    }
  }

  /** The SKU with our outer SKU id on the newest item that has it. */
  public Optional<SimulatedSku> sku(String outerSkuId) {
    synchronized (lock) {
      return Optional.ofNullable(catalog.newestSku(outerSkuId)).map(this::snapshot);
    }
  }

  public List<SimulatedOrder> orders() {
    synchronized (lock) {
      return orders.all().stream().map(this::snapshot).toList();
    }
  }

  public int orderCount() {
    synchronized (lock) {
      return orders.size();
    }
  }

  /** Calls that passed the gateway's checks (faulted ones included), by method. */
  public Map<String, Long> callCounts() {
    Map<String, Long> counts = new TreeMap<>();
    calls.forEach((method, count) -> counts.put(method, count.sum()));
    return counts;
  }

  public long callCount(String method) {
    LongAdder count = calls.get(method);
    return count == null ? 0 : count.sum();
  }

  /** Calls let through per second, between the first and the last since {@link #resetCallStats()}. */
  public double achievedQps() {
    return limiter.achievedQps();
  }

  /** Calls let through in each wall-clock second (epoch second to count), the last hour. */
  public Map<Long, Long> callsPerSecond() {
    return limiter.perSecond();
  }

  public void resetCallStats() {
    calls.clear();
    limiter.reset();
  }

  // Control

  /** Each app key's calls per second; 0 or less lifts the limit. */
  public void qps(int qps) {
    limiter.qps(qps);
  }

  public int qps() {
    return limiter.qps();
  }

  /** Each call passing the gateway gets this fault with this probability (0 to 1), independently per kind. */
  public void injectFaults(Fault fault, double rate) {
    faults.rate(fault, rate);
  }

  /** The next {@code calls} calls passing the gateway get this fault. */
  public void failNext(Fault fault, int calls) {
    faults.next(fault, calls);
  }

  /**
   * The next {@code calls} calls of one API method (e.g. {@code jingdong.ware.write.updateWare}) get this fault, whatever
   * other calls come meanwhile: a fault aimed at one push while orders are being imported.
   */
  public void failNextOf(String method, Fault fault, int calls) {
    faults.nextOf(method, fault, calls);
  }

  public void clearFaults() {
    faults.clear();
  }

  public Map<Fault, Long> injectedFaults() {
    return faults.injected();
  }

  /** How long a TIMEOUT fault holds its answer: longer than the client's timeout. */
  public void timeoutDelay(Duration delay) {
    this.timeoutDelay = delay;
  }

  /** Starts buyers ordering at this rate (orders per minute), and orders moving on; replaces a running rate. */
  public void startOrders(double ordersPerMinute) {
    ticker.start(ordersPerMinute);
  }

  public void stopOrders() {
    ticker.stop();
  }

  public double ordersPerMinute() {
    return ticker.ordersPerMinute();
  }

  /**
   * Adds {@code count} finished orders (a few cancelled or refunded) spread evenly over [from, to), for the on-sale
   * SKUs at their current price, stock untouched: the history an import starts from.
   */
  public void addOrders(int count, Instant from, Instant to) {
    if (count < 1 || !from.isBefore(to)) {
      throw new IllegalArgumentException("At least one order over a span that is not empty");
    }
    synchronized (lock) {
      generator.addHistory(count, from.getEpochSecond(), to.getEpochSecond());
    }
  }

  /** The platform starts refusing this token as expired. */
  public void expireToken(String token) {
    apps.expire(token);
  }

  /** A new token for the demo app, as re-authorising the shop would give; {@link #demoShop()} carries it. */
  public String issueToken() {
    demoToken = apps.issue(demoAppKey);
    return demoToken;
  }

  /** Another app the platform knows, with its own QPS window. */
  public void registerApp(String appKey, String secret, String token) {
    apps.register(appKey, secret, token);
  }

  // The gateway's and the generator's side

  Dialect dialect() {
    return dialect;
  }

  Apps apps() {
    return apps;
  }

  CallLimiter limiter() {
    return limiter;
  }

  FaultPlan faults() {
    return faults;
  }

  Duration timeoutDelay() {
    return timeoutDelay;
  }

  void counted(String method) {
    calls.computeIfAbsent(method, key -> new LongAdder()).increment();
  }

  String apply(PlatformCall call, Instant now) {
    synchronized (lock) {
      return dialect.answer(call, new Dialect.Shop(catalog, orders), now.getEpochSecond());
    }
  }

  void tick(Instant now, Duration elapsed, double ordersPerMinute, Duration statusStep) {
    synchronized (lock) {
      generator.tick(now.getEpochSecond(), elapsed, ordersPerMinute, statusStep);
    }
  }

  private SimulatedSku snapshot(StoredSku sku) {
    return new SimulatedSku(dialect.skuId(sku.key()), sku.key().outerSkuId(), sku.spec(), sku.priceFen(), sku.stock());
  }

  private SimulatedItem snapshot(StoredItem item) {
    List<SimulatedSku> skus = item.skus().stream().map(this::snapshot).toList();
    return new SimulatedItem(dialect.itemId(item), item.outerId(), item.title(), item.description(),
        item.categoryId(), item.onSale(), Instant.ofEpochSecond(item.created()), Instant.ofEpochSecond(item.modified()),
        skus);
  }

  private SimulatedOrder snapshot(StoredOrder order) {
    List<SimulatedOrder.Line> lines = Arrays.stream(order.lines)
        .map(line -> new SimulatedOrder.Line(dialect.skuId(line.sku()), line.sku().outerSkuId(), line.quantity(),
            line.paidFen(), line.refunded()))
        .toList();
    return new SimulatedOrder(dialect.orderId(order), order.status, dialect.buyer(order.buyer),
        Instant.ofEpochSecond(order.created), Instant.ofEpochSecond(order.modified), lines);
  }
}
