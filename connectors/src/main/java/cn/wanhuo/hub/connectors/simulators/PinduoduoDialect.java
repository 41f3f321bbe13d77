package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.simulators.GatewayError.Kind;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.http.Request;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Pinduoduo: every parameter in the form body, epoch-second timestamps, amounts in fen. */
final class PinduoduoDialect implements Dialect {

  private static final DateTimeFormatter ORDER_DAY = DateTimeFormatter.ofPattern("yyMMdd");
  private static final Set<String> METHODS = Set.of(
      "pdd.goods.list.get", "pdd.goods.add", "pdd.goods.information.update", "pdd.goods.sale.status.set",
      "pdd.goods.sku.price.update", "pdd.goods.quantity.update", "pdd.order.number.list.increment.get");

  private final PinduoduoCalls calls = new PinduoduoCalls(this);

  @Override
  public Channel channel() {
    return Channel.PINDUODUO;
  }

  @Override
  public String path() {
    return "/api/router";
  }

  @Override
  public PlatformCall read(Request request) {
    Map<String, String> params = Wire.form(request.getBodyAsString());
    String method = Dialect.protocol(params, "type", Kind.MISSING_METHOD);
    String appKey = Dialect.protocol(params, "client_id", Kind.MISSING_APP_KEY);
    String sign = Dialect.protocol(params, "sign", Kind.MISSING_SIGNATURE);
    String timestamp = Dialect.protocol(params, "timestamp", Kind.MISSING_TIMESTAMP);
    Instant time;
    try {
      time = Instant.ofEpochSecond(Long.parseLong(timestamp));
    } catch (NumberFormatException e) {
      throw GatewayError.of(Kind.BAD_TIMESTAMP);
    }
    return new PlatformCall(method, appKey, params.get("access_token"), time, sign, params,
        Wire.JSON.createObjectNode());
  }

  @Override
  public boolean signatureMatches(PlatformCall call, Request request, String secret) {
    return Signatures.matches(Signatures.pdd(call.params(), secret), call.sign());
  }

  @Override
  public boolean knows(String method) {
    return METHODS.contains(method);
  }

  @Override
  public String answer(PlatformCall call, Shop shop, long now) {
    ObjectNode root = Wire.JSON.createObjectNode();
    calls.answer(call.method(), call.params(), shop, now, root);
    return root.toString();
  }

  @Override
  public String error(GatewayError error) {
    ObjectNode root = Wire.JSON.createObjectNode();
    ObjectNode body = root.putObject("error_response");
    switch (error.kind()) {
      case RATE_LIMITED -> fill(body, 70031, "调用过于频繁，请调整调用频率");
      case MISSING_METHOD, MISSING_APP_KEY, MISSING_TIMESTAMP, MISSING_SIGNATURE ->
          fill(body, 10001, "公共参数错误: " + error.getMessage());
      case BAD_TIMESTAMP -> fill(body, 10001, "公共参数错误: timestamp 与服务器时间相差超过10分钟");
      case UNKNOWN_APP_KEY -> fill(body, 10016, "client_id不存在");
      case UNKNOWN_METHOD -> fill(body, 10017, "type不存在");
      case EXPIRED_TOKEN -> fill(body, 10019, "access_token已过期");
      case BAD_SIGNATURE -> fill(body, 20004, "签名验证失败");
      case MISSING_TOKEN, UNKNOWN_TOKEN -> fill(body, 20032, "access_token或client_id错误");
      case INVALID_PARAM -> fill(body, 21001, "业务参数错误: " + error.getMessage());
      case MISSING_PARAM -> fill(body, 21002, "业务参数缺失: " + error.getMessage());
      case NOT_FOUND -> fill(body, 50001, "商品不存在: " + error.getMessage());
      case WINDOW_TOO_WIDE -> fill(body, 50001, "时间跨度不能超过30分钟");
    }
    body.put("request_id", Long.toString(System.nanoTime()));
    return root.toString();
  }

  private static void fill(ObjectNode body, int code, String message) {
    body.put("error_msg", message);
    body.put("sub_msg", message);
    body.put("sub_code", Integer.toString(code));
    body.put("error_code", code);
  }

  @Override
  public boolean refundsLines() {
    return false;
  }

  @Override
  public String orderId(StoredOrder order) {
    String day = ORDER_DAY.format(LocalDateTime.ofInstant(Instant.ofEpochSecond(order.created), Wire.BEIJING));
    return day + "-" + (100_000_000_000_000L + order.number);
  }

  @Override
  public String buyer(int buyer) {
    return "pdd%08d".formatted(70_000_000 + buyer);
  }
}
