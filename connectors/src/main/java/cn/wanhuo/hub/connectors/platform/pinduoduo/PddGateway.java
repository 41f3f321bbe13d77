package cn.wanhuo.hub.connectors.platform.pinduoduo;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import cn.wanhuo.hub.connectors.platform.internal.Failures;
import cn.wanhuo.hub.connectors.platform.internal.FormBody;
import cn.wanhuo.hub.connectors.platform.internal.PlatformHttp;
import cn.wanhuo.hub.connectors.platform.internal.PlatformJson;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One Pinduoduo call: every parameter, common and business, in the form body with the MD5 signature over all of
 * them and the timestamp in epoch seconds; the answer under a key of its own per API.
 */
class PddGateway {

  private final PlatformHttp http;
  private final Clock clock;

  PddGateway(PlatformHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  <T> Mono<T> call(ShopCredentials shop, String type, Map<String, String> business, String answerKey,
      Function<JsonNode, T> reader) {
    return Mono.defer(() -> {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("type", type);
      params.put("client_id", shop.appKey());
      params.put("access_token", shop.accessToken());
      params.put("timestamp", String.valueOf(clock.instant().getEpochSecond()));
      params.put("data_type", "JSON");
      params.put("version", "V1");
      params.putAll(business);
      params.put("sign", Signatures.pdd(params, shop.appSecret()));
      return http.send(Channel.PINDUODUO, shop,
          client -> client.post().uri(shop.gateway()).contentType(FormBody.TYPE).body(FormBody.of(params)),
          PddGateway::refusal,
          answer -> reader.apply(succeeded(PlatformJson.object(answer, answerKey), type)));
    });
  }

  /** A change answered {@code "is_success":false} without an error envelope is still a refusal. */
  private static JsonNode succeeded(JsonNode answer, String type) {
    if (answer.path("is_success").isBoolean() && !answer.path("is_success").asBoolean()) {
      throw Failures.unsuccessful(Channel.PINDUODUO, type);
    }
    return answer;
  }

  /** Pinduoduo's {@code error_response}, classified as docs/platform-wire.md lists. */
  static @Nullable PlatformException refusal(JsonNode answer) {
    JsonNode error = answer.path("error_response");
    if (!error.isObject()) {
      return null;
    }
    String code = optionalText(error, "error_code");
    Failure failure = switch (code) {
      case "52101", "70031" -> Failure.RETRYABLE;
      case "10019", "20032" -> Failure.REAUTHORIZE;
      default -> Failure.PERMANENT;
    };
    return new PlatformException(Channel.PINDUODUO, failure, code,
        Failures.describe(optionalText(error, "error_msg"), optionalText(error, "sub_msg")));
  }
}
