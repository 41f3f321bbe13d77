package cn.wanhuo.hub.promotions.sales;

/** How GMV over time is grouped: by hour or by day of Asia/Shanghai. */
public enum Bucket {
  HOUR("hour"), DAY("day");

  private final String field;

  Bucket(String field) {
    this.field = field;
  }

  /** The ledger field holding the order's bucket. */
  String field() {
    return field;
  }
}
