package cn.wanhuo.hub.promotions.sales;

/** What a channel says of an order line now; only counted lines contribute to sales. */
public enum SaleLineState {
  COUNTED, CANCELLED, REFUNDED;

  boolean counts() {
    return this == COUNTED;
  }
}
