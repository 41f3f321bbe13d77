package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.simulators.SimulatedOrder.Status;

/**
 * An order as a simulator keeps it, small because a benchmark holds a million: times in epoch seconds, lines shared
 * where they are equal. Mutated only through {@link OrderBook} under the simulator's lock.
 */
final class StoredOrder {

  /** One line; instances are shared between orders, so a refund replaces the line instead of changing it. */
  record Line(StoredSku.Key sku, int quantity, long unitPriceFen, boolean refunded) {

    long paidFen() {
      return quantity * unitPriceFen;
    }

    Line refund() {
      return new Line(sku, quantity, unitPriceFen, true);
    }
  }

  final int index;
  /** The order's number on the platform: unique across runs of the simulator, not only within one. */
  final long number;
  final int buyer;
  final long created;
  final Line[] lines;
  long modified;
  Status status;

  StoredOrder(int index, long number, int buyer, long created, Status status, Line[] lines) {
    this.index = index;
    this.number = number;
    this.buyer = buyer;
    this.created = created;
    this.modified = created;
    this.status = status;
    this.lines = lines;
  }

  long paidFen() {
    long sum = 0;
    for (Line line : lines) {
      sum += line.paidFen();
    }
    return sum;
  }
}
