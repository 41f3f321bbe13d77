package cn.wanhuo.hub.connectors.platform.suning;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.platform.internal.BeijingTime;
import cn.wanhuo.hub.connectors.platform.internal.Failures;
import cn.wanhuo.hub.connectors.platform.internal.PlatformHttp;
import cn.wanhuo.hub.connectors.platform.internal.PlatformJson;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One Suning call: the protocol in headers, the business object in {@code sn_request.sn_body.<bizName>}, an MD5
 * signature over the method, time, key, version and the Base64 of exactly the body bytes sent. The reader gets
 * {@code sn_responseContent}, whose {@code sn_head} carries the paging and {@code sn_body} the answer.
 */
class SuningGateway {

  static final String VERSION = "v1.2";
  private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

  private final PlatformHttp http;
  private final Clock clock;

  SuningGateway(PlatformHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  <T> Mono<T> call(ShopCredentials shop, String appMethod, String bizName, Map<String, ?> business,
      Function<JsonNode, T> reader) {
    return Mono.defer(() -> {
      String body = PlatformJson.write(Map.of("sn_request", Map.of("sn_body", Map.of(bizName, business))));
      String time = BeijingTime.seconds(clock.instant());
      String sign = Signatures.suning(shop.appSecret(), appMethod, time, shop.appKey(), VERSION, body);
      return http.send(Channel.SUNING, shop,
          client -> client.post().uri(shop.gateway()).contentType(JSON_UTF8).headers(headers -> {
            headers.set("AppMethod", appMethod);
            headers.set("AppRequestTime", time);
            headers.set("Format", "json");
            headers.set("AppKey", shop.appKey());
            headers.set("VersionNo", VERSION);
            headers.set("access_token", shop.accessToken());
            headers.set("signInfo", sign);
          }).bodyValue(body.getBytes(StandardCharsets.UTF_8)),
          SuningGateway::refusal,
          answer -> reader.apply(PlatformJson.object(answer, "sn_responseContent")));
    });
  }

  /** The business answer under {@code sn_body}. */
  static JsonNode body(JsonNode content, String bizName) {
    return PlatformJson.object(content, "sn_body").path(bizName);
  }

  /** Suning's {@code sn_error}, classified as docs/platform-wire.md lists. */
  static @Nullable PlatformException refusal(JsonNode answer) {
    JsonNode error = answer.path("sn_responseContent").path("sn_error");
    if (!error.isObject()) {
      return null;
    }
    String code = optionalText(error, "error_code");
    Failure failure = switch (code) {
      case "sys.check.request-apprequesttime:error", "sys.control.frequency:exceeded", "sys.busy" -> Failure.RETRYABLE;
      case "sys.check.access-token:expired" -> Failure.REAUTHORIZE;
      default -> Failure.PERMANENT;
    };
    return new PlatformException(Channel.SUNING, failure, code, Failures.describe(optionalText(error, "error_msg"), code));
  }
}
