package cn.wanhuo.hub.connectors.platform.jd;

import static cn.wanhuo.hub.connectors.platform.internal.PlatformJson.optionalText;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One JOS call: system parameters in the query, the business parameters as {@code 360buy_param_json} (keys in
 * alphabetical order) in the form body, an MD5 signature over both; the answer under
 * {@code <method, dots as underscores>_responce} with {@code "code":"0"}.
 */
class JosGateway {

  static final String PARAM_JSON = "360buy_param_json";

  private final PlatformHttp http;
  private final Clock clock;

  JosGateway(PlatformHttp http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  <T> Mono<T> call(ShopCredentials shop, String method, Map<String, ?> params, Function<JsonNode, T> reader) {
    return Mono.defer(() -> {
      String json = PlatformJson.write(params);
      Map<String, String> system = new LinkedHashMap<>();
      system.put("method", method);
      system.put("access_token", shop.accessToken());
      system.put("app_key", shop.appKey());
      system.put("timestamp", BeijingTime.millisWithOffset(clock.instant()));
      system.put("v", "2.0");
      Map<String, String> signed = new HashMap<>(system);
      signed.put(PARAM_JSON, json);
      system.put("sign", Signatures.jos(signed, shop.appSecret()));
      URI uri = QueryString.append(shop.gateway(), system);
      String key = method.replace('.', '_') + "_responce";
      return http.send(Channel.JD, shop,
          client -> client.post().uri(uri).contentType(FormBody.TYPE).body(FormBody.of(Map.of(PARAM_JSON, json))),
          JosGateway::refusal,
          answer -> reader.apply(accepted(PlatformJson.object(answer, key), method)));
    });
  }

  /** JD's {@code error_response}, classified as docs/platform-wire.md lists. */
  static @Nullable PlatformException refusal(JsonNode answer) {
    JsonNode error = answer.path("error_response");
    if (!error.isObject()) {
      return null;
    }
    String code = optionalText(error, "code");
    Failure failure = switch (code) {
      case "2", "8" -> Failure.RETRYABLE;
      case "19" -> Failure.REAUTHORIZE;
      default -> Failure.PERMANENT;
    };
    return new PlatformException(Channel.JD, failure, code,
        Failures.describe(optionalText(error, "zh_desc"), optionalText(error, "en_desc")));
  }

  /** A non-zero {@code code} or {@code "success":false} inside the success key is JD refusing the business call. */
  private static JsonNode accepted(JsonNode result, String method) {
    String code = PlatformJson.text(result, "code");
    if (!code.equals("0")) {
      throw new PlatformException(Channel.JD, Failure.PERMANENT, code,
          Failures.describe(optionalText(result, "zh_desc"), optionalText(result, "en_desc"), "JD answered code " + code));
    }
    if (result.path("success").isBoolean() && !result.path("success").asBoolean()) {
      throw Failures.unsuccessful(Channel.JD, method);
    }
    return result;
  }
}
