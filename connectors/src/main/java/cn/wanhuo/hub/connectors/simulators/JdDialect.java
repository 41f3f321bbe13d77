package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.simulators.GatewayError.Kind;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.http.Request;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * JD JOS: system parameters in the query, the business JSON as {@code 360buy_param_json} in the form body, both
 * signed; success under {@code <method>_responce}.
 */
final class JdDialect implements Dialect {

  static final String PARAM_JSON = "360buy_param_json";
  private static final DateTimeFormatter MILLIS_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSZ");
  private static final Set<String> METHODS = Set.of(
      "jingdong.ware.read.searchWare4Valid", "jingdong.ware.write.add", "jingdong.ware.write.updateWare",
      "jingdong.ware.write.upOrDown", "jingdong.price.write.updateSkuJdPrice", "jingdong.stock.write.updateSkuStock",
      "jingdong.pop.order.search");

  private final JdCalls calls = new JdCalls(this);

  @Override
  public Channel channel() {
    return Channel.JD;
  }

  @Override
  public String path() {
    return "/routerjson";
  }

  @Override
  public PlatformCall read(Request request) {
    Map<String, String> signed = new HashMap<>(Wire.query(request.getUrl()));
    String json = Wire.form(request.getBodyAsString()).getOrDefault(PARAM_JSON, "");
    signed.put(PARAM_JSON, json);
    String method = Dialect.protocol(signed, "method", Kind.MISSING_METHOD);
    String appKey = Dialect.protocol(signed, "app_key", Kind.MISSING_APP_KEY);
    String sign = Dialect.protocol(signed, "sign", Kind.MISSING_SIGNATURE);
    Instant time = timestamp(Dialect.protocol(signed, "timestamp", Kind.MISSING_TIMESTAMP));
    var body = json.isBlank() ? Wire.JSON.createObjectNode() : Wire.json(json, PARAM_JSON);
    return new PlatformCall(method, appKey, signed.get("access_token"), time, sign, signed, body);
  }

  /** The newer SDK's {@code yyyy-MM-dd HH:mm:ss.SSSZ} or the older {@code yyyy-MM-dd HH:mm:ss} in Beijing time. */
  private static Instant timestamp(String text) {
    try {
      return text.length() > 19 ? OffsetDateTime.parse(text, MILLIS_WITH_OFFSET).toInstant() : Wire.time(text, "timestamp");
    } catch (RuntimeException e) {
      throw GatewayError.of(Kind.BAD_TIMESTAMP);
    }
  }

  @Override
  public boolean signatureMatches(PlatformCall call, Request request, String secret) {
    return Signatures.matches(Signatures.jos(call.params(), secret), call.sign());
  }

  @Override
  public boolean knows(String method) {
    return METHODS.contains(method);
  }

  @Override
  public String answer(PlatformCall call, Shop shop, long now) {
    ObjectNode root = Wire.JSON.createObjectNode();
    ObjectNode response = root.putObject(call.method().replace('.', '_') + "_responce");
    response.put("code", "0");
    calls.answer(call.method(), call.body(), shop, now, response);
    return root.toString();
  }

  @Override
  public String error(GatewayError error) {
    ObjectNode root = Wire.JSON.createObjectNode();
    ObjectNode body = root.putObject("error_response");
    switch (error.kind()) {
      case RATE_LIMITED -> fill(body, "2", "调用次数超限", "App Call Limited");
      case MISSING_TIMESTAMP -> fill(body, "7", "缺少时间戳参数", "Missing Timestamp");
      case BAD_TIMESTAMP -> fill(body, "8", "非法的时间戳参数", "Invalid Timestamp");
      case MISSING_APP_KEY -> fill(body, "9", "缺少AppKey参数", "Missing App Key");
      case UNKNOWN_APP_KEY -> fill(body, "10", "无效的AppKey参数", "Invalid App Key");
      case MISSING_SIGNATURE -> fill(body, "11", "缺少签名参数", "Missing Signature");
      case BAD_SIGNATURE -> fill(body, "12", "无效签名", "Invalid Signature");
      case MISSING_METHOD -> fill(body, "14", "缺少方法名参数", "Missing Method");
      case UNKNOWN_METHOD -> fill(body, "15", "不存在的方法名", "Invalid Method");
      case MISSING_TOKEN, EXPIRED_TOKEN, UNKNOWN_TOKEN ->
          fill(body, "19", "token已过期或者不存在，请重新授权访问", "Invalid access_token");
      case MISSING_PARAM, INVALID_PARAM, NOT_FOUND, WINDOW_TOO_WIDE ->
          fill(body, "61", "参数错误: " + error.getMessage(), "Invalid arguments: " + error.getMessage());
    }
    return root.toString();
  }

  private static void fill(ObjectNode body, String code, String zh, String en) {
    body.put("code", code);
    body.put("zh_desc", zh);
    body.put("en_desc", en);
  }

  @Override
  public boolean refundsLines() {
    return false;
  }

  @Override
  public String orderId(StoredOrder order) {
    return Long.toString(250_000_000_000L + order.number);
  }

  @Override
  public String buyer(int buyer) {
    return "jd_wanhuo_%02d".formatted(buyer);
  }
}
