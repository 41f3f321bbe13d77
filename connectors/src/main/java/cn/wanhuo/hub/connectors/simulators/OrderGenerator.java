package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Buyers at work: new orders for on-sale SKUs at their current price (stock taken), and older orders moving on
 * (paid, shipped, finished; some cancelled before payment, which gives the stock back; a few refunded). The same
 * seed, catalog and ticks give the same orders. Not thread-safe: runs under the simulator's lock.
 */
final class OrderGenerator {

  static final int BUYERS = 40;

  private final Catalog catalog;
  private final OrderBook orders;
  private final boolean lineRefunds;
  private final Random random;
  private final List<StoredOrder> moving = new ArrayList<>();
  private double carry;

  /** {@code lineRefunds}: the platform can refund one line of an order on its own (Taobao, Suning). */
  OrderGenerator(Catalog catalog, OrderBook orders, boolean lineRefunds, long seed) {
    this.catalog = catalog;
    this.orders = orders;
    this.lineRefunds = lineRefunds;
    this.random = new Random(seed);
  }

  /** One step of {@code elapsed} at {@code now} (epoch seconds): new orders at the rate, then status moves. */
  void tick(long now, Duration elapsed, double ordersPerMinute, Duration statusStep) {
    carry += ordersPerMinute * elapsed.toMillis() / 60_000.0;
    int due = (int) carry;
    carry -= due;
    for (int i = 0; i < due; i++) {
      createOrder(now);
    }
    moveOrders(now, statusStep.toSeconds());
  }

  private void createOrder(long now) {
    List<StoredSku> available = new ArrayList<>();
    for (StoredItem item : catalog.items()) {
      if (item.onSale()) {
        item.skus().stream().filter(sku -> sku.stock() > 0).forEach(available::add);
      }
    }
    if (available.isEmpty()) {
      return;
    }
    int lineCount = Math.min(1 + random.nextInt(3), available.size());
    Set<StoredSku> chosen = new LinkedHashSet<>();
    while (chosen.size() < lineCount) {
      chosen.add(available.get(random.nextInt(available.size())));
    }
    List<StoredOrder.Line> lines = new ArrayList<>();
    for (StoredSku sku : chosen) {
      int quantity = Math.min(1 + random.nextInt(3), sku.stock());
      sku.stock(sku.stock() - quantity);
      lines.add(new StoredOrder.Line(sku.key(), quantity, sku.priceFen(), false));
    }
    moving.add(orders.add(random.nextInt(BUYERS), now, Status.UNPAID, lines.toArray(StoredOrder.Line[]::new)));
  }

  private void moveOrders(long now, long stepSeconds) {
    for (StoredOrder order : moving) {
      if (now - order.modified < stepSeconds) {
        continue;
      }
      double roll = random.nextDouble();
      switch (order.status) {
        case UNPAID -> {
          if (roll < 0.1) {
            cancel(order, now);
          } else {
            orders.move(order, Status.PAID, now);
          }
        }
        case PAID -> orders.move(order, roll < 0.05 ? Status.REFUNDED : Status.SHIPPED, now);
        case SHIPPED -> {
          if (roll < 0.04) {
            orders.move(order, Status.REFUNDED, now);
          } else if (roll < 0.08 && lineRefunds && order.lines.length > 1) {
            orders.refundLine(order, random.nextInt(order.lines.length), now);
          } else {
            orders.move(order, Status.FINISHED, now);
          }
        }
        default -> { }
      }
    }
    moving.removeIf(order -> order.status != Status.UNPAID && order.status != Status.PAID
        && order.status != Status.SHIPPED);
  }

  private void cancel(StoredOrder order, long now) {
    for (StoredOrder.Line line : order.lines) {
      StoredSku sku = catalog.sku(line.sku().skuId());
      sku.stock(sku.stock() + line.quantity());
    }
    orders.move(order, Status.CANCELLED, now);
  }

  /**
   * {@code count} finished orders spread evenly over [from, to) (epoch seconds), about 3% cancelled and 5% refunded,
   * for on-sale SKUs at their current price; stock is left alone, as for orders from before the hub connected.
   * Lines are shared between orders so a million orders stay small.
   */
  void addHistory(int count, long from, long to) {
    List<StoredSku> skus = new ArrayList<>();
    catalog.items().stream().filter(StoredItem::onSale).forEach(item -> skus.addAll(item.skus()));
    if (skus.isEmpty()) {
      throw new IllegalStateException("No item is on sale to order from");
    }
    Map<Long, StoredOrder.Line> lines = new HashMap<>();
    double step = (double) (to - from) / count;
    for (int i = 0; i < count; i++) {
      int lineCount = Math.min(1 + random.nextInt(3), skus.size());
      StoredOrder.Line[] orderLines = new StoredOrder.Line[lineCount];
      int first = random.nextInt(skus.size());
      for (int l = 0; l < lineCount; l++) {
        StoredSku sku = skus.get((first + l) % skus.size());
        int quantity = 1 + random.nextInt(3);
        orderLines[l] = lines.computeIfAbsent(sku.key().skuId() * 4 + quantity,
            key -> new StoredOrder.Line(sku.key(), quantity, sku.priceFen(), false));
      }
      double roll = random.nextDouble();
      Status status = roll < 0.03 ? Status.CANCELLED : roll < 0.08 ? Status.REFUNDED : Status.FINISHED;
      orders.add(random.nextInt(BUYERS), from + (long) (i * step), status, orderLines);
    }
  }
}
