package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signs JOS calls like the SDK: system parameters in the query, {@code 360buy_param_json} in the body. */
record JosClient(ShopCredentials shop, String secret, Instant timestamp) {

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSZ");

  static JosClient of(ShopCredentials shop) {
    return new JosClient(shop, shop.appSecret(), Instant.EPOCH);
  }

  JosClient signedWith(String otherSecret) {
    return new JosClient(shop, otherSecret, timestamp);
  }

  JosClient at(Instant time) {
    return new JosClient(shop, secret, time);
  }

  JosClient token(String token) {
    return new JosClient(new ShopCredentials(shop.gateway(), shop.appKey(), shop.appSecret(), token), secret,
        timestamp);
  }

  /** {@code json} with keys in alphabetical order, as the SDK sends it. */
  Answer call(String method, String json) {
    Instant time = timestamp.equals(Instant.EPOCH) ? Instant.now() : timestamp;
    Map<String, String> system = new LinkedHashMap<>();
    system.put("method", method);
    system.put("access_token", shop.accessToken());
    system.put("app_key", shop.appKey());
    system.put("timestamp", TIMESTAMP.format(OffsetDateTime.ofInstant(time, Wire.BEIJING)));
    system.put("v", "2.0");
    Map<String, String> signed = new LinkedHashMap<>(system);
    signed.put(JdDialect.PARAM_JSON, json);
    system.put("sign", Signatures.jos(signed, secret));
    URI uri = URI.create(shop.gateway() + "?" + SimulatorClient.encode(system));
    return SimulatorClient.postForm(uri, Map.of(JdDialect.PARAM_JSON, json), Duration.ofSeconds(5));
  }
}
