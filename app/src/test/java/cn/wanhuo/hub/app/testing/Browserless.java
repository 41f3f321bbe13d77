package cn.wanhuo.hub.app.testing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * A client that behaves like the web app: it keeps its cookies (session, XSRF-TOKEN) and echoes the CSRF
 * token on writes, so tests exercise the real session and CSRF protection.
 */
public final class Browserless {

  public static final String PASSWORD = "correct-horse-battery";

  private final Map<String, String> cookies = new ConcurrentHashMap<>();
  private final WebTestClient client;

  public Browserless(WebTestClient client) {
    this.client = client.mutate().filter((request, next) -> next.exchange(withCookies(request))
        .doOnNext(response -> response.cookies().values().forEach(list -> list.forEach(this::remember)))).build();
  }

  public static String uniqueName(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  public WebTestClient.ResponseSpec get(String uri) {
    return client.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
  }

  /** A GET whose Accept-Language header names the languages the caller reads. */
  public WebTestClient.ResponseSpec getIn(String uri, String acceptLanguage) {
    return client.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).exchange();
  }

  public WebTestClient.ResponseSpec post(String uri, Object body) {
    ensureCsrfToken();
    return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")).bodyValue(body).exchange();
  }

  public WebTestClient.ResponseSpec put(String uri, Object body) {
    ensureCsrfToken();
    return client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")).bodyValue(body).exchange();
  }

  /** Replaces a file (a licence), sent as the multipart part {@code file}. */
  public WebTestClient.ResponseSpec putFile(String uri, String filename, byte[] content) {
    return upload(HttpMethod.PUT, uri, filename, content);
  }

  /** Adds a file (a gallery image), sent as the multipart part {@code file}. */
  public WebTestClient.ResponseSpec postFile(String uri, String filename, byte[] content) {
    return upload(HttpMethod.POST, uri, filename, content);
  }

  private WebTestClient.ResponseSpec upload(HttpMethod method, String uri, String filename, byte[] content) {
    ensureCsrfToken();
    var parts = new MultipartBodyBuilder();
    parts.part("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    return client.method(method).uri(uri).contentType(MediaType.MULTIPART_FORM_DATA).accept(MediaType.APPLICATION_JSON)
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")).body(BodyInserters.fromMultipartData(parts.build())).exchange();
  }

  public WebTestClient.ResponseSpec postWithoutCsrf(String uri, Object body) {
    return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  public Browserless registerAndLogin(String username, String role) {
    post("/api/auth/register", Map.of("username", username, "password", PASSWORD, "displayName", "Test " + username, "role", role))
        .expectStatus().isCreated();
    return this;
  }

  public Browserless login(String username, String password) {
    post("/api/auth/login", Map.of("username", username, "password", password)).expectStatus().isOk();
    return this;
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  private void ensureCsrfToken() {
    if (!cookies.containsKey("XSRF-TOKEN")) {
      get("/api/auth/csrf").expectStatus().isOk();
    }
  }

  private ClientRequest withCookies(ClientRequest request) {
    if (cookies.isEmpty()) {
      return request;
    }
    String header = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    return ClientRequest.from(request).headers(h -> h.set(HttpHeaders.COOKIE, header)).build();
  }

  private void remember(ResponseCookie cookie) {
    if (cookie.getValue().isEmpty() || cookie.getMaxAge().isZero()) {
      cookies.remove(cookie.getName());
    } else {
      cookies.put(cookie.getName(), cookie.getValue());
    }
  }

}
