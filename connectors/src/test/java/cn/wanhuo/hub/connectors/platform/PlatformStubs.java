package cn.wanhuo.hub.connectors.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.internal.HttpSettings;
import cn.wanhuo.hub.connectors.platform.internal.PlatformHttp;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** What the adapter tests share: a fixed clock, a shop pointed at WireMock, and decoded requests. */
public final class PlatformStubs {

  /** 2026-12-03 10:00:00 in Beijing. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);
  public static final String APP_KEY = "app-4711";
  public static final String SECRET = "s3cret-of-the-shop";
  public static final String TOKEN = "token-of-the-seller";
  /** Short enough for the timeout tests, long enough for a cold first request. */
  public static final Duration SHORT_TIMEOUT = Duration.ofMillis(1500);

  private PlatformStubs() {}

  /** Tea in three SKUs: ¥98.00, ¥0.01 and ¥1,234,567.89, with 17 in stock together. */
  public static Listing listing() {
    return new Listing("P1", "黄山毛峰 特级", "<p>明前</p>", "50050", Map.of("20000", "3", "1627207", "28341"),
        List.of("https://img.example/p1.jpg", "https://img.example/p1b.jpg"),
        List.of(new SkuOffer("P1:250g", "1627207:28341", 9800, 10), new SkuOffer("P1:500g", "1627207:28342", 1, 5),
            new SkuOffer("P1:gift", "1627207:28343", 123_456_789, 2)));
  }

  public static PlatformHttp http() {
    return http(Duration.ofSeconds(10));
  }

  public static PlatformHttp http(Duration responseTimeout) {
    return new PlatformHttp(new HttpSettings(Duration.ofSeconds(2), responseTimeout, DataSize.ofMegabytes(1)));
  }

  public static ShopCredentials shop(WireMockExtension platform, String path) {
    return new ShopCredentials(URI.create(platform.baseUrl() + path), APP_KEY, SECRET, TOKEN);
  }

  /** Every request the stub received, oldest first. */
  public static List<LoggedRequest> requests(WireMockExtension platform) {
    return platform.findAll(anyRequestedFor(anyUrl()));
  }

  public static LoggedRequest onlyRequest(WireMockExtension platform) {
    List<LoggedRequest> requests = requests(platform);
    assertThat(requests).hasSize(1);
    return requests.getFirst();
  }

  /** The query parameters exactly as received, decoded once. */
  public static Map<String, String> query(LoggedRequest request) {
    String url = request.getUrl();
    return decode(url.contains("?") ? url.substring(url.indexOf('?') + 1) : "");
  }

  /** The form-urlencoded body exactly as received, decoded once. */
  public static Map<String, String> form(LoggedRequest request) {
    return decode(request.getBodyAsString());
  }

  /** Query and form together: what TOP and JD sign. */
  public static Map<String, String> queryAndForm(LoggedRequest request) {
    Map<String, String> all = new LinkedHashMap<>(query(request));
    all.putAll(form(request));
    return all;
  }

  public static void assertFailure(Throwable error, Channel channel, Failure failure, String code) {
    assertThat(error).isInstanceOfSatisfying(PlatformException.class, e -> {
      assertThat(e.channel()).isEqualTo(channel);
      assertThat(e.failure()).isEqualTo(failure);
      assertThat(e.code()).isEqualTo(code);
    });
  }

  private static Map<String, String> decode(String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      if (!pair.isEmpty()) {
        int equals = pair.indexOf('=');
        params.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }
}
