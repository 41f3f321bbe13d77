package cn.wanhuo.hub.app.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a {@link HubInstance} over HTTP as the web app does: a session cookie, and the CSRF token from the
 * {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN}.
 */
public final class HubClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public HubClient(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Signs in, failing unless the hub accepts the credentials. */
  public HubClient login(String username, String password) {
    Response answer = post("/api/auth/login", JSON.createObjectNode().put("username", username).put("password", password));
    if (answer.status() != 200) {
      throw new IllegalStateException("Login of " + username + " refused: " + answer);
    }
    return this;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public Response post(String path, Object body) {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  public Response put(String path, Object body) {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private Response send(HttpRequest.Builder request) {
    try {
      String token = csrfToken();
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh CSRF token (signing in changes it), from the cookie the hub sets on {@code /api/auth/csrf}. */
  private String csrfToken() throws IOException, InterruptedException {
    http.send(HttpRequest.newBuilder(base.resolve("/api/auth/csrf")).GET().build(), BodyHandlers.discarding());
    String token = cookie("XSRF-TOKEN");
    return token == null ? null : URLDecoder.decode(token, StandardCharsets.UTF_8);
  }

  private String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  /** An answer: its status and its body, parsed on demand. */
  public record Response(int status, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
