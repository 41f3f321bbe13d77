package cn.wanhuo.hub.marketplace.pavilion;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code search_after} values of a page's last hit as an opaque URL-safe string. Each value keeps its kind
 * (l: long, d: double, s: string, n: null) so the next request sends exactly what Elasticsearch answered.
 */
final class Cursor {

  private static final String SEPARATOR = "\u0001";

  private Cursor() {}

  static String encode(List<FieldValue> values) {
    var parts = new ArrayList<String>();
    for (FieldValue value : values) {
      parts.add(switch (value._kind()) {
        case Long -> "l" + value.longValue();
        case Double -> "d" + value.doubleValue();
        case String -> "s" + value.stringValue();
        case Boolean -> "b" + value.booleanValue();
        default -> "n";
      });
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
  }

  /** The values of a cursor; a cursor that was not made by {@link #encode} for this sort is refused. */
  static List<FieldValue> decode(String cursor, List<FieldValue.Kind> expected) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      var values = new ArrayList<FieldValue>();
      for (String part : raw.split(SEPARATOR, -1)) {
        String body = part.substring(1);
        values.add(switch (part.charAt(0)) {
          case 'l' -> FieldValue.of(Long.parseLong(body));
          case 'd' -> FieldValue.of(Double.parseDouble(body));
          case 's' -> FieldValue.of(body);
          case 'b' -> FieldValue.of(Boolean.parseBoolean(body));
          case 'n' -> FieldValue.NULL;
          default -> throw new IllegalArgumentException("unknown kind");
        });
      }
      for (int i = 0; i < values.size(); i++) {
        if (values.size() != expected.size() || !values.get(i).isNull() && values.get(i)._kind() != expected.get(i)) {
          throw new IllegalArgumentException("not a cursor of this sort");
        }
      }
      if (values.size() != expected.size()) {
        throw new IllegalArgumentException("not a cursor of this sort");
      }
      return values;
    } catch (RuntimeException e) {
      throw new InvalidCursor();
    }
  }
}
