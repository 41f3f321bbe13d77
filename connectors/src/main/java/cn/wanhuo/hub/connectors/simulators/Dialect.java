package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.Map;

/**
 * One platform's language: how a call arrives and is signed, what each method does to the shop and answers, how
 * errors and ids look. Answers run under the simulator's lock.
 */
interface Dialect {

  Channel channel();

  /** The gateway's path, as on the real platform. */
  String path();

  /** Reads the protocol parameters; a missing one or an unreadable timestamp is the platform's error. */
  PlatformCall read(Request request);

  boolean signatureMatches(PlatformCall call, Request request, String secret);

  boolean knows(String method);

  /** The success body of a call, after applying it to the shop (epoch seconds {@code now}). */
  String answer(PlatformCall call, Shop shop, long now);

  /** The platform's own error body for a refused call. */
  String error(GatewayError error);

  /** Whether the platform refunds one line of an order on its own. */
  boolean refundsLines();

  /** The platform's item id: a number, on the platforms that number their items. */
  default String itemId(StoredItem item) {
    return Long.toString(item.id());
  }

  /** The platform's SKU id: a number, on the platforms that number their SKUs. */
  default String skuId(StoredSku.Key sku) {
    return Long.toString(sku.skuId());
  }

  String orderId(StoredOrder order);

  String buyer(int buyer);

  /** A protocol parameter the platform requires, or the platform's error for its absence. */
  static String protocol(Map<String, String> params, String name, GatewayError.Kind missing) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw GatewayError.of(missing);
    }
    return value;
  }

  /** A shop's state: what the answers read and change. */
  record Shop(Catalog catalog, OrderBook orders) {}
}
