package cn.wanhuo.hub.promotions.sales;

import java.util.List;

/**
 * The Redis keys of one campaign's live counters. They share one {hash tag}, so the Lua script that moves them
 * together runs in one Redis Cluster slot, and carry the hub's prefix, so hubs (or test runs) sharing a Redis never
 * count into each other.
 */
record CounterKeys(String lines, String totals, String orders, String buyers, String productGmv, String productUnits,
    String channels, String prefectures) {

  static CounterKeys of(String prefix, String campaignId) {
    String tag = "{" + prefix + ":sales:" + campaignId + "}:";
    return new CounterKeys(tag + "lines", tag + "totals", tag + "orders", tag + "buyers", tag + "product-gmv", tag + "product-units",
        tag + "channels", tag + "prefectures");
  }

  /** In the order the apply script expects them. */
  List<String> all() {
    return List.of(lines, totals, orders, buyers, productGmv, productUnits, channels, prefectures);
  }
}
