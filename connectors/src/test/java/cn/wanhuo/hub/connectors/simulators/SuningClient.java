package cn.wanhuo.hub.connectors.simulators;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.Signatures;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

/** Signs Suning calls: protocol in headers, the business object wrapped in {@code sn_request.sn_body}. */
record SuningClient(ShopCredentials shop, String secret, Instant timestamp) {

  static SuningClient of(ShopCredentials shop) {
    return new SuningClient(shop, shop.appSecret(), Instant.EPOCH);
  }

  SuningClient signedWith(String otherSecret) {
    return new SuningClient(shop, otherSecret, timestamp);
  }

  SuningClient at(Instant time) {
    return new SuningClient(shop, secret, time);
  }

  SuningClient token(String token) {
    return new SuningClient(new ShopCredentials(shop.gateway(), shop.appKey(), shop.appSecret(), token), secret,
        timestamp);
  }

  Answer call(String method, String bizName, String json) {
    String time = Wire.time((timestamp.equals(Instant.EPOCH) ? Instant.now() : timestamp).getEpochSecond());
    String body = "{\"sn_request\":{\"sn_body\":{\"" + bizName + "\":" + json + "}}}";
    String sign = Signatures.suning(secret, method, time, shop.appKey(), "v1.2", body);
    return SimulatorClient.send(HttpRequest.newBuilder(shop.gateway()).timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json;charset=UTF-8")
        .header("AppMethod", method).header("AppRequestTime", time).header("Format", "json")
        .header("AppKey", shop.appKey()).header("VersionNo", "v1.2").header("access_token", shop.accessToken())
        .header("signInfo", sign).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }
}
