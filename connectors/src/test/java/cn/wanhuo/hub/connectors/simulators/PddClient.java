package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signs Pinduoduo calls: every parameter in the form body, epoch-second timestamp. */
record PddClient(ShopCredentials shop, String secret, Instant timestamp) {

  static PddClient of(ShopCredentials shop) {
    return new PddClient(shop, shop.appSecret(), Instant.EPOCH);
  }

  PddClient signedWith(String otherSecret) {
    return new PddClient(shop, otherSecret, timestamp);
  }

  PddClient at(Instant time) {
    return new PddClient(shop, secret, time);
  }

  PddClient token(String token) {
    return new PddClient(new ShopCredentials(shop.gateway(), shop.appKey(), shop.appSecret(), token), secret,
        timestamp);
  }

  Answer call(String type, Map<String, String> business) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("type", type);
    params.put("client_id", shop.appKey());
    params.put("access_token", shop.accessToken());
    params.put("timestamp", Long.toString((timestamp.equals(Instant.EPOCH) ? Instant.now() : timestamp).getEpochSecond()));
    params.put("data_type", "JSON");
    params.put("version", "V1");
    params.putAll(business);
    params.put("sign", Signatures.pdd(params, secret));
    return SimulatorClient.postForm(shop.gateway(), params, Duration.ofSeconds(5));
  }
}
