package cn.wanhuo.hub.connectors.simulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP to a simulator, as a test client that signs by hand (the adapters are not used here). */
final class SimulatorClient {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private SimulatorClient() {}

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Answer postForm(URI uri, Map<String, String> form, Duration timeout) {
    return send(HttpRequest.newBuilder(uri).timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
  }

  static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A control call under {@code /__sim/}. */
  static Answer control(PlatformSimulator simulator, String method, String path, String json) {
    URI uri = URI.create("http://127.0.0.1:" + simulator.port() + path);
    return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build());
  }
}
