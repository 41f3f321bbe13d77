package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signs TOP calls like the SDK: protocol in the query, business in the form body, HMAC-SHA256 over both. */
record TopClient(ShopCredentials shop, String secret, Instant timestamp, Duration timeout) {

  static TopClient of(ShopCredentials shop) {
    return new TopClient(shop, shop.appSecret(), Instant.EPOCH, Duration.ofSeconds(5));
  }

  TopClient signedWith(String otherSecret) {
    return new TopClient(shop, otherSecret, timestamp, timeout);
  }

  TopClient at(Instant time) {
    return new TopClient(shop, secret, time, timeout);
  }

  TopClient token(String token) {
    return new TopClient(new ShopCredentials(shop.gateway(), shop.appKey(), shop.appSecret(), token), secret,
        timestamp, timeout);
  }

  TopClient timeout(Duration wait) {
    return new TopClient(shop, secret, timestamp, wait);
  }

  Answer call(String method, Map<String, String> business) {
    Map<String, String> protocol = new LinkedHashMap<>();
    protocol.put("method", method);
    protocol.put("app_key", shop.appKey());
    if (!shop.accessToken().isEmpty()) {
      protocol.put("session", shop.accessToken());
    }
    protocol.put("timestamp", Wire.time((timestamp.equals(Instant.EPOCH) ? Instant.now() : timestamp).getEpochSecond()));
    protocol.put("format", "json");
    protocol.put("v", "2.0");
    protocol.put("sign_method", "hmac-sha256");
    protocol.put("simplify", "false");
    Map<String, String> all = new LinkedHashMap<>(protocol);
    all.putAll(business);
    protocol.put("sign", Signatures.top(all, secret));
    URI uri = URI.create(shop.gateway() + "?" + SimulatorClient.encode(protocol));
    return SimulatorClient.postForm(uri, business, timeout);
  }
}
