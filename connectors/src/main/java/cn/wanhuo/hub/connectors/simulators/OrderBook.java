package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A simulated shop's orders by modified time. A window's matching orders are collected once and kept until anything
 * changes, so paging through a window of many orders costs one scan. Not thread-safe: guarded by the simulator's
 * lock.
 */
final class OrderBook {

  /** One page of a window, newest first, with the window's total. */
  record Page(int total, List<StoredOrder> orders) {}

  private record Window(long from, long to, Object filter, long version) {}

  /**
   * Where this run's order numbers start: the start second, times room for a million orders a second. The hub keeps
   * what it imported across restarts of ./hub run while a simulator starts empty, so numbers must not repeat.
   */
  private final long series = Instant.now().getEpochSecond() * 1_000_000L;
  private final List<StoredOrder> all = new ArrayList<>();
  private final TreeMap<Long, StoredOrder> byModified = new TreeMap<>();
  private long version;
  private Window cachedWindow = new Window(0, 0, "", -1);
  private StoredOrder[] cachedOrders = new StoredOrder[0];

  StoredOrder add(int buyer, long created, Status status, StoredOrder.Line[] lines) {
    var order = new StoredOrder(all.size(), series + all.size(), buyer, created, status, lines);
    all.add(order);
    byModified.put(key(order), order);
    version++;
    return order;
  }

  void move(StoredOrder order, Status status, long now) {
    byModified.remove(key(order));
    order.status = status;
    order.modified = Math.max(order.modified, now);
    byModified.put(key(order), order);
    version++;
  }

  void refundLine(StoredOrder order, int line, long now) {
    order.lines[line] = order.lines[line].refund();
    move(order, order.status, now);
  }

  /**
   * Orders modified in [from, to) (epoch seconds) that the filter lets through, newest first; {@code filterKey}
   * identifies the filter for the cache.
   */
  Page page(long from, long to, Predicate<StoredOrder> filter, Object filterKey, int pageNo, int pageSize) {
    var window = new Window(from, to, filterKey, version);
    if (!Objects.equals(window, cachedWindow)) {
      cachedOrders = byModified.subMap(from << 32, true, to << 32, false).descendingMap().values().stream()
          .filter(filter).toArray(StoredOrder[]::new);
      cachedWindow = window;
    }
    int start = (int) Math.min((long) (pageNo - 1) * pageSize, cachedOrders.length);
    int end = Math.min(start + pageSize, cachedOrders.length);
    return new Page(cachedOrders.length, List.copyOf(Arrays.asList(cachedOrders).subList(start, end)));
  }

  List<StoredOrder> all() {
    return all;
  }

  int size() {
    return all.size();
  }

  /** Unique while there are fewer than 2^32 orders: the modified second, then the order's index. */
  private static long key(StoredOrder order) {
    return order.modified << 32 | order.index;
  }
}
