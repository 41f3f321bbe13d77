package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.simulators.GatewayError.Kind;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.http.Request;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Suning: protocol in headers, a JSON body signed as Base64; each of our SKUs is a child item with its own
 * {@code productCode} ({@code P<item>-<n>} here).
 */
final class SuningDialect implements Dialect {

  static final Map<String, String> BIZ_NAMES = Map.of(
      "suning.custom.item.query", "queryItem",
      "suning.custom.item.add", "addItem",
      "suning.custom.item.modify", "modifyItem",
      "suning.custom.price.modify", "price",
      "suning.custom.inventory.modify", "inventory",
      "suning.custom.ord.query", "ord");

  private final SuningCalls calls = new SuningCalls(this);

  @Override
  public Channel channel() {
    return Channel.SUNING;
  }

  @Override
  public String path() {
    return "/api/http/sopRequest";
  }

  @Override
  public PlatformCall read(Request request) {
    String method = header(request, "AppMethod", Kind.MISSING_METHOD);
    String appKey = header(request, "AppKey", Kind.MISSING_APP_KEY);
    String sign = header(request, "signInfo", Kind.MISSING_SIGNATURE);
    String requestTime = header(request, "AppRequestTime", Kind.MISSING_TIMESTAMP);
    Instant time;
    try {
      time = Wire.time(requestTime, "AppRequestTime");
    } catch (GatewayError e) {
      throw GatewayError.of(Kind.BAD_TIMESTAMP);
    }
    String versionNo = request.getHeader("VersionNo");
    Map<String, String> signed = Map.of("AppRequestTime", requestTime, "VersionNo", versionNo == null ? "" : versionNo);
    String bizName = BIZ_NAMES.getOrDefault(method, "");
    JsonNode body = bizName.isEmpty() ? Wire.JSON.createObjectNode()
        : Wire.json(request.getBodyAsString(), "body").path("sn_request").path("sn_body").path(bizName);
    return new PlatformCall(method, appKey, request.getHeader("access_token"), time, sign, signed, body);
  }

  private static String header(Request request, String name, Kind missing) {
    @Nullable String value = request.getHeader(name);
    if (value == null || value.isBlank()) {
      throw GatewayError.of(missing);
    }
    return value;
  }

  @Override
  public boolean signatureMatches(PlatformCall call, Request request, String secret) {
    String expected = Signatures.suning(secret, call.method(), call.params().get("AppRequestTime"), call.appKey(),
        call.params().get("VersionNo"), request.getBodyAsString());
    return Signatures.matches(expected, call.sign());
  }

  @Override
  public boolean knows(String method) {
    return BIZ_NAMES.containsKey(method);
  }

  @Override
  public String answer(PlatformCall call, Shop shop, long now) {
    ObjectNode root = Wire.JSON.createObjectNode();
    ObjectNode content = root.putObject("sn_responseContent");
    ObjectNode head = content.putObject("sn_head");
    ObjectNode body = content.putObject("sn_body");
    if (call.body().isMissingNode() || !call.body().isObject()) {
      throw GatewayError.missing(BIZ_NAMES.get(call.method()));
    }
    calls.answer(call.method(), call.body(), shop, now, head, body);
    return root.toString();
  }

  @Override
  public String error(GatewayError error) {
    String code = switch (error.kind()) {
      case RATE_LIMITED -> "sys.control.frequency:exceeded";
      case MISSING_TIMESTAMP, BAD_TIMESTAMP -> "sys.check.request-apprequesttime:error";
      case MISSING_SIGNATURE -> "sys.check.signinfo:null";
      case BAD_SIGNATURE -> "sys.check.signinfo:error";
      case MISSING_APP_KEY -> "sys.check.appkey:null";
      case UNKNOWN_APP_KEY -> "sys.check.appkey:error";
      case MISSING_METHOD -> "sys.check.appmethod:null";
      case UNKNOWN_METHOD -> "sys.check.appmethod:error";
      case MISSING_TOKEN -> "sys.check.access-token:null";
      case EXPIRED_TOKEN, UNKNOWN_TOKEN -> "sys.check.access-token:expired";
      case MISSING_PARAM -> "biz.custom.missing-parameter:" + error.getMessage();
      case INVALID_PARAM -> "biz.custom.invalid-parameter:" + error.getMessage().split(":")[0];
      case NOT_FOUND -> "biz.custom.item:not-exist";
      case WINDOW_TOO_WIDE -> "biz.custom.ord.query:time-span-exceeded";
    };
    ObjectNode root = Wire.JSON.createObjectNode();
    ObjectNode body = root.putObject("sn_responseContent").putObject("sn_error");
    body.put("error_code", code);
    body.put("error_msg", error.getMessage());
    return root.toString();
  }

  @Override
  public boolean refundsLines() {
    return true;
  }

  @Override
  public String itemId(StoredItem item) {
    return "P" + item.id();
  }

  @Override
  public String skuId(StoredSku.Key sku) {
    return "P" + sku.itemId() + "-" + sku.ordinal();
  }

  /** The item of a parent code {@code P<item>}. */
  static long itemOf(String productCode) {
    if (!productCode.startsWith("P") || productCode.contains("-")) {
      throw GatewayError.notFound("productCode " + productCode);
    }
    return Wire.number(productCode.substring(1), "productCode");
  }

  /** The SKU of a child code {@code P<item>-<n>}. */
  static StoredSku skuOf(String productCode, Catalog catalog) {
    int dash = productCode.indexOf('-');
    if (!productCode.startsWith("P") || dash < 0) {
      throw GatewayError.notFound("child productCode " + productCode);
    }
    StoredItem item = catalog.item(Wire.number(productCode.substring(1, dash), "productCode"));
    int ordinal = (int) Wire.number(productCode.substring(dash + 1), "productCode");
    if (ordinal < 1 || ordinal > item.skus().size()) {
      throw GatewayError.notFound("child productCode " + productCode);
    }
    return item.skus().get(ordinal - 1);
  }

  @Override
  public String orderId(StoredOrder order) {
    return Long.toString(orderCode(order));
  }

  static long orderCode(StoredOrder order) {
    return 40_000_000_000L + order.number;
  }

  @Override
  public String buyer(int buyer) {
    return "sn_wanhuo_%02d".formatted(buyer);
  }
}
