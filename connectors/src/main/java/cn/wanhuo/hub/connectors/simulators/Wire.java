package cn.wanhuo.hub.connectors.simulators;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Units, times and encodings the four platforms share on the wire. */
final class Wire {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Wire() {}

  /** Beijing time to the second, {@code yyyy-MM-dd HH:mm:ss}. */
  static String time(long epochSecond) {
    return SECONDS.format(LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), BEIJING));
  }

  /** Parses {@code yyyy-MM-dd HH:mm:ss} as Beijing time; throws {@link GatewayError} naming the parameter. */
  static Instant time(String text, String param) {
    try {
      return LocalDateTime.parse(text, SECONDS).atZone(BEIJING).toInstant();
    } catch (RuntimeException e) {
      throw GatewayError.invalid(param, "not a time yyyy-MM-dd HH:mm:ss: " + text);
    }
  }

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  /** Yuan with at most two decimals, positive. */
  static long fen(String yuan, String param) {
    try {
      long fen = new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
      if (fen <= 0) {
        throw GatewayError.invalid(param, "price must be positive: " + yuan);
      }
      return fen;
    } catch (ArithmeticException | NumberFormatException e) {
      throw GatewayError.invalid(param, "not a price in yuan with two decimals: " + yuan);
    }
  }

  static long number(String text, String param) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw GatewayError.invalid(param, "not a number: " + text);
    }
  }

  /** A form-urlencoded string as the servlet containers behind the real gateways read it ({@code +} is a space). */
  static Map<String, String> form(@Nullable String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(decode(key), decode(value));
    }
    return params;
  }

  static Map<String, String> query(String url) {
    int question = url.indexOf('?');
    return form(question < 0 ? null : url.substring(question + 1));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  static JsonNode json(String text, String param) {
    try {
      return JSON.readTree(text);
    } catch (RuntimeException e) {
      throw GatewayError.invalid(param, "not JSON");
    }
  }

  /** A JSON field as text whether the caller sent a string or a number; empty when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "" : value.asString();
  }

  static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value.isBlank()) {
      throw GatewayError.missing(field);
    }
    return value;
  }

  static String required(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw GatewayError.missing(name);
    }
    return value;
  }
}
