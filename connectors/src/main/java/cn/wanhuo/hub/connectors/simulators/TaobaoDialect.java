package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.simulators.GatewayError.Kind;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.http.Request;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Taobao/Tmall TOP: protocol parameters in the query, business parameters in the form body, both signed. */
final class TaobaoDialect implements Dialect {

  private static final Set<String> METHODS = Set.of(
      "taobao.items.custom.get", "taobao.item.add", "taobao.item.update", "taobao.item.update.listing",
      "taobao.item.sku.price.update", "taobao.item.quantity.update", "taobao.item.update.delisting",
      "taobao.trades.sold.increment.get");

  private final TaobaoCalls calls = new TaobaoCalls(this);

  @Override
  public Channel channel() {
    return Channel.TAOBAO;
  }

  @Override
  public String path() {
    return "/router/rest";
  }

  @Override
  public PlatformCall read(Request request) {
    Map<String, String> params = new HashMap<>(Wire.form(request.getBodyAsString()));
    params.putAll(Wire.query(request.getUrl()));
    String method = Dialect.protocol(params, "method", Kind.MISSING_METHOD);
    String appKey = Dialect.protocol(params, "app_key", Kind.MISSING_APP_KEY);
    String sign = Dialect.protocol(params, "sign", Kind.MISSING_SIGNATURE);
    String timestamp = Dialect.protocol(params, "timestamp", Kind.MISSING_TIMESTAMP);
    Instant time;
    try {
      time = Wire.time(timestamp, "timestamp");
    } catch (GatewayError e) {
      throw GatewayError.of(Kind.BAD_TIMESTAMP);
    }
    return new PlatformCall(method, appKey, params.get("session"), time, sign, params, Wire.JSON.createObjectNode());
  }

  @Override
  public boolean signatureMatches(PlatformCall call, Request request, String secret) {
    try {
      return Signatures.matches(Signatures.top(call.params(), secret), call.sign());
    } catch (IllegalArgumentException unknownSignMethod) {
      return false;
    }
  }

  @Override
  public boolean knows(String method) {
    return METHODS.contains(method);
  }

  @Override
  public String answer(PlatformCall call, Shop shop, long now) {
    if (!"json".equals(call.params().get("format"))) {
      throw GatewayError.invalid("format", "the simulator answers format=json only");
    }
    ObjectNode root = Wire.JSON.createObjectNode();
    ObjectNode response = root.putObject(call.method().substring("taobao.".length()).replace('.', '_') + "_response");
    calls.answer(call.method(), call.params(), shop, now, response);
    return root.toString();
  }

  @Override
  public String error(GatewayError error) {
    ObjectNode root = Wire.JSON.createObjectNode();
    ObjectNode body = root.putObject("error_response");
    switch (error.kind()) {
      case RATE_LIMITED -> fill(body, 7, "App Call Limited", "accesscontrol.limited-by-app-access-count",
          "This ban will last for 1 more seconds");
      case MISSING_METHOD -> fill(body, 21, "Missing Method", null, null);
      case UNKNOWN_METHOD -> fill(body, 22, "Invalid Method", null, null);
      case MISSING_SIGNATURE -> fill(body, 24, "Missing Signature", null, null);
      case BAD_SIGNATURE -> fill(body, 25, "Invalid Signature", null, null);
      case MISSING_TOKEN -> fill(body, 26, "Missing Session", null, null);
      case EXPIRED_TOKEN, UNKNOWN_TOKEN -> fill(body, 27, "Invalid Session", "invalid-sessionkey", "SessionKey非法");
      case MISSING_APP_KEY -> fill(body, 28, "Missing App Key", null, null);
      case UNKNOWN_APP_KEY -> fill(body, 29, "Invalid App Key", null, null);
      case MISSING_TIMESTAMP -> fill(body, 30, "Missing Timestamp", null, null);
      case BAD_TIMESTAMP -> fill(body, 31, "Invalid Timestamp", null, null);
      case MISSING_PARAM -> fill(body, 40, "Missing Required Arguments", "isv.missing-parameter", error.getMessage());
      case INVALID_PARAM -> fill(body, 41, "Invalid Arguments", "isv.invalid-parameter", error.getMessage());
      case NOT_FOUND -> fill(body, 15, "Remote service error", "isv.item-not-exist", error.getMessage());
      case WINDOW_TOO_WIDE -> fill(body, 15, "Remote service error", "isv.invalid-parameter",
          "start_modified and end_modified must not be more than one day apart");
    }
    body.put("request_id", Long.toHexString(System.nanoTime()));
    return root.toString();
  }

  private static void fill(
      ObjectNode body, int code, String msg, @Nullable String subCode, @Nullable String subMsg) {
    body.put("code", code);
    body.put("msg", msg);
    if (subCode != null) {
      body.put("sub_code", subCode);
      body.put("sub_msg", subMsg);
    }
  }

  @Override
  public boolean refundsLines() {
    return true;
  }

  @Override
  public String orderId(StoredOrder order) {
    return Long.toString(tid(order));
  }

  static long tid(StoredOrder order) {
    return 3_100_000_000_000L + order.number;
  }

  @Override
  public String buyer(int buyer) {
    return "tb皖货买家%02d".formatted(buyer);
  }
}
