package cn.wanhuo.hub.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.HubTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every request on a kept-alive connection is answered, also right after one the server refused without reading its
 * body. Without {@link KeepAliveReads} one run of this mix left 6 of 900 requests unanswered until the client gave up;
 * other runs left none, so only the check of the switch fails every time it is missing.
 */
@HubTest
class KeepAliveReadsTest {

  private static final int REQUESTS = 900;

  @Autowired WebTestClient web;

  @Test
  void answersEveryRequestOnAKeptAliveConnectionAfterRefusedPosts() {
    var impatient = web.mutate().responseTimeout(Duration.ofSeconds(3)).build();
    var large = "x".repeat(200_000);
    List<String> unanswered = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      try {
        // Without a CSRF token the POSTs are refused before their bodies are read.
        switch (i % 3) {
          case 0 -> impatient.post().uri("/api/products").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of("content", large)).exchange().expectStatus().isForbidden();
          case 1 -> impatient.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of("username", large)).exchange().expectStatus().isForbidden();
          default -> impatient.get().uri("/api/auth/csrf").exchange().expectStatus().isOk();
        }
      } catch (IllegalStateException timeout) {
        unanswered.add("request " + i + ": " + timeout.getMessage());
      }
    }
    assertThat(unanswered).isEmpty();
    assertThat(System.getProperty(KeepAliveReads.PROPERTY)).isEqualTo("true");
  }
}
