package cn.wanhuo.hub.connectors.platform.taobao;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.platform.internal.BeijingTime;
import cn.wanhuo.hub.connectors.platform.internal.Failures;
import cn.wanhuo.hub.connectors.platform.internal.FormBody;
import cn.wanhuo.hub.connectors.platform.internal.PlatformHttp;
import cn.wanhuo.hub.connectors.platform.internal.PlatformJson;
import cn.wanhuo.hub.connectors.platform.internal.QueryString;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One TOP call: protocol parameters in the query, business parameters in the form body, an HMAC-SHA256 signature
 * over both; the answer under {@code <method without "taobao.", dots as underscores>_response}.
 */
class TopGateway {

  private static final Pattern BAN = Pattern.compile("ban will last for (\\d+) more seconds");

  private final PlatformHttp http;
  private final Clock clock;

  TopGateway(PlatformHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  <T> Mono<T> call(ShopCredentials shop, String method, Map<String, String> business, Function<JsonNode, T> reader) {
    return Mono.defer(() -> {
      Map<String, String> protocol = new LinkedHashMap<>();
      protocol.put("method", method);
      protocol.put("app_key", shop.appKey());
      protocol.put("session", shop.accessToken());
      protocol.put("timestamp", BeijingTime.seconds(clock.instant()));
      protocol.put("format", "json");
      protocol.put("v", "2.0");
      protocol.put("sign_method", "hmac-sha256");
      protocol.put("simplify", "false");
      Map<String, String> signed = new HashMap<>(business);
      signed.putAll(protocol);
      protocol.put("sign", Signatures.top(signed, shop.appSecret()));
      URI uri = QueryString.append(shop.gateway(), protocol);
      String key = method.replaceFirst("^taobao\\.", "").replace('.', '_') + "_response";
      return http.send(Channel.TAOBAO, shop,
          client -> client.post().uri(uri).contentType(FormBody.TYPE).body(FormBody.of(business)),
          TopGateway::refusal,
          answer -> reader.apply(PlatformJson.object(answer, key)));
    });
  }

  /** TOP's {@code error_response}, classified as docs/platform-wire.md lists. */
  static @Nullable PlatformException refusal(JsonNode answer) {
    JsonNode error = answer.path("error_response");
    if (!error.isObject()) {
      return null;
    }
    String code = PlatformJson.optionalText(error, "code");
    String subCode = PlatformJson.optionalText(error, "sub_code");
    String subMessage = PlatformJson.optionalText(error, "sub_msg");
    Failure failure = switch (code) {
      case "7", "31" -> Failure.RETRYABLE;
      case "26", "27" -> Failure.REAUTHORIZE;
      case "15", "50" -> subCode.startsWith("isp.") ? Failure.RETRYABLE : Failure.PERMANENT;
      default -> Failure.PERMANENT;
    };
    return new PlatformException(Channel.TAOBAO, failure, subCode.isEmpty() ? code : code + "/" + subCode,
        Failures.describe(PlatformJson.optionalText(error, "msg"), subMessage), code.equals("7") ? ban(subMessage) : null);
  }

  private static @Nullable Duration ban(String subMessage) {
    Matcher matcher = BAN.matcher(subMessage);
    return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : null;
  }
}
