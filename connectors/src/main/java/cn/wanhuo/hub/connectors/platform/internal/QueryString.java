package cn.wanhuo.hub.connectors.platform.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A gateway URL with protocol parameters in its query, percent-encoded once and exactly (spaces as {@code %20}, so
 * no server reads a timestamp's space as a plus). The values are the ones signed.
 */
public final class QueryString {

  private QueryString() {}

  public static URI append(URI gateway, Map<String, String> params) {
    String query = params.entrySet().stream()
        .map(param -> encode(param.getKey()) + "=" + encode(param.getValue()))
        .collect(Collectors.joining("&"));
    String base = gateway.toString();
    return URI.create(base + (base.contains("?") ? "&" : "?") + query);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
