package cn.wanhuo.hub.connectors.platform.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as the platforms want it. Map keys are written in alphabetical order (JD signs {@code 360buy_param_json} with
 * sorted keys; the others do not mind). Readers throw {@link IllegalStateException} on a missing field, which
 * {@link PlatformHttp} turns into a retryable "malformed answer".
 */
public final class PlatformJson {

  static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private PlatformJson() {}

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** The object under {@code field}; missing or not an object is malformed. */
  public static JsonNode object(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isObject()) {
      throw new IllegalStateException("no object '" + field + "'");
    }
    return value;
  }

  /** A field's text (numbers as their digits); missing or null is malformed. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull() || value.isContainer()) {
      throw new IllegalStateException("no value '" + field + "'");
    }
    return value.asString();
  }

  /** A field's text, or empty when the platform left it out. */
  public static String optionalText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asString() : "";
  }

  /** A whole number sent as a number or as digits in a string. */
  public static long number(JsonNode node, String field) {
    return Long.parseLong(text(node, field).trim());
  }

  /** The elements of the array under {@code field}; missing means none, as platforms omit empty lists. */
  public static List<JsonNode> list(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalStateException("'" + field + "' is not a list");
    }
    return new ArrayList<>(value.values());
  }
}
