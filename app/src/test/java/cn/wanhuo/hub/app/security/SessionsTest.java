package cn.wanhuo.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.HubTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

@HubTest
class SessionsTest {

  @Autowired WebTestClient web;
  @Autowired ReactiveStringRedisTemplate redis;

  @Test
  void registersLogsInAndKeepsTheSessionInRedis() {
    String name = Browserless.uniqueName("tea");
    var browser = new Browserless(web).registerAndLogin(name, "PRODUCER");

    browser.get("/api/auth/me").expectStatus().isOk().expectBody()
        .jsonPath("$.username").isEqualTo(name)
        .jsonPath("$.roles[0]").isEqualTo("PRODUCER");
    String session = browser.cookie("SESSION");
    assertThat(session).isNotBlank();
    redis.keys("spring:session:*").filter(key -> key.endsWith(session)).hasElements()
        .as(StepVerifier::create).expectNext(true).verifyComplete();
  }

  @Test
  void logsInTheFirstAdministratorWithTheConfiguredPassword() {
    new Browserless(web).login("admin", "test-admin-password-1")
        .get("/api/auth/me").expectStatus().isOk().expectBody().jsonPath("$.roles[0]").isEqualTo("ADMIN");
  }

  @Test
  void forgetsTheUserOnLogout() {
    var browser = new Browserless(web).registerAndLogin(Browserless.uniqueName("bye"), "CONSUMER");
    browser.post("/api/auth/logout", Map.of()).expectStatus().isNoContent();
    browser.get("/api/auth/me").expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void answersWrongPasswordWithUnauthorizedProblem() {
    String name = Browserless.uniqueName("pw");
    new Browserless(web).registerAndLogin(name, "BUYER");
    new Browserless(web).post("/api/auth/login", Map.of("username", name, "password", "not-the-password"))
        .expectStatus().isUnauthorized()
        .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthenticated");
  }

  @Test
  void throttlesRepeatedLoginAttemptsForOneUser() {
    String name = Browserless.uniqueName("brute");
    new Browserless(web).registerAndLogin(name, "BUYER");
    var attacker = new Browserless(web);
    for (int i = 0; i < 5; i++) {
      attacker.post("/api/auth/login", Map.of("username", name, "password", "guess-" + i)).expectStatus().isUnauthorized();
    }
    attacker.post("/api/auth/login", Map.of("username", name, "password", Browserless.PASSWORD))
        .expectStatus().isEqualTo(429)
        .expectHeader().exists("Retry-After")
        .expectBody().jsonPath("$.type").isEqualTo("/problems/login-throttled");
  }

  @Test
  void refusesWritesWithoutCsrfToken() {
    new Browserless(web).postWithoutCsrf("/api/auth/login", Map.of("username", "admin", "password", "whatever-it-is"))
        .expectStatus().isForbidden()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/csrf-token-invalid");
  }

  @Test
  void keepsApiBehindLoginButPavilionPublic() {
    var anonymous = new Browserless(web);
    anonymous.get("/api/regions?level=PREFECTURE").expectStatus().isOk();
    anonymous.get("/api/admin/anything").expectStatus().isUnauthorized();
    new Browserless(web).registerAndLogin(Browserless.uniqueName("nosy"), "CONSUMER")
        .get("/api/admin/anything").expectStatus().isForbidden()
        .expectBody().jsonPath("$.type").isEqualTo("/problems/forbidden");
  }
}
