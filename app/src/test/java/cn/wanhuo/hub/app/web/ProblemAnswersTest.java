package cn.wanhuo.hub.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.marketplace.accounts.Accounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

@HubTest
class ProblemAnswersTest {

  @Autowired WebTestClient web;
  @Autowired Accounts accounts;

  Browserless browser;

  @BeforeEach
  void newBrowser() {
    browser = new Browserless(web);
  }

  @Test
  void answersUnknownApiPathWithNotFoundProblem() {
    browser.registerAndLogin(Browserless.uniqueName("lost"), "CONSUMER");
    browser.get("/api/no-such-thing").expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("/problems/not-found")
        .jsonPath("$.status").isEqualTo(404)
        .jsonPath("$.title").isEqualTo("Not Found")
        .jsonPath("$.instance").isEqualTo("/api/no-such-thing")
        .jsonPath("$.correlationId").isNotEmpty();
  }

  @Test
  void asksAnonymousCallersToLogInBeforeRevealingWhatExists() {
    browser.get("/api/no-such-thing").expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthenticated");
  }

  @Test
  void answersUnknownRegionWithItsOwnProblemType() {
    browser.get("/api/regions/349999").expectStatus().isNotFound()
        .expectBody().jsonPath("$.type").isEqualTo("/problems/region-not-found")
        .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("349999"));
  }

  @Test
  void answersWrongMethodWithMethodNotAllowedAndAllowHeader() {
    browser.get("/api/auth/login").expectStatus().isEqualTo(405)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueMatches("Allow", ".*POST.*")
        .expectBody().jsonPath("$.type").isEqualTo("/problems/method-not-allowed");
  }

  @Test
  void rejectsMalformedJsonAndStoresNothing() {
    long before = accountCount();
    browser.post("/api/auth/register", "{\"username\": \"broken\", ").expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/malformed-json");
    assertThat(accountCount()).isEqualTo(before);
  }

  @Test
  void namesTheFieldWithAnUnknownEnumValue() {
    long before = accountCount();
    browser.post("/api/auth/register", Map.of("username", Browserless.uniqueName("enum"), "password", Browserless.PASSWORD,
            "displayName", "Enum", "role", "EMPEROR"))
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.type").isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[0].field").isEqualTo("role")
        .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("CONSUMER").contains("PRODUCER"));
    assertThat(accountCount()).isEqualTo(before);
  }

  @Test
  void namesTheFieldWithTheWrongType() {
    browser.post("/api/auth/register", "{\"username\":\"typed\",\"password\":{\"nested\":1},\"displayName\":\"x\",\"role\":\"BUYER\"}")
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field").isEqualTo("password")
        .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("wrong type"));
  }

  @Test
  void rejectsUnknownFieldsInsteadOfDroppingThem() {
    browser.post("/api/auth/register", Map.of("username", Browserless.uniqueName("extra"), "password", Browserless.PASSWORD,
            "displayName", "Extra", "role", "BUYER", "favouriteTea", "猴魁"))
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("favouriteTea");
  }

  @Test
  void listsEveryInvalidField() {
    browser.post("/api/auth/register", Map.of("username", "x", "password", "short", "displayName", "", "role", "BUYER"))
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()").isEqualTo(3)
        .jsonPath("$.errors[?(@.field == 'username')]").exists()
        .jsonPath("$.errors[?(@.field == 'password')]").exists()
        .jsonPath("$.errors[?(@.field == 'displayName')]").exists();
  }

  @Test
  void refusesOversizedBodiesWith413() {
    String huge = "x".repeat(2 * 1024 * 1024);
    browser.post("/api/auth/register", Map.of("username", "big", "password", huge, "displayName", "Big", "role", "BUYER"))
        .expectStatus().isEqualTo(413)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/payload-too-large");
  }

  @Test
  void answersDuplicateUsernameWithConflict() {
    String name = Browserless.uniqueName("dup");
    browser.registerAndLogin(name, "CONSUMER");
    new Browserless(web).post("/api/auth/register", Map.of("username", name.toUpperCase(), "password", Browserless.PASSWORD,
            "displayName", "Again", "role", "CONSUMER"))
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/username-taken");
  }

  @Test
  void refusesSelfRegistrationAsAdministrator() {
    browser.post("/api/auth/register", Map.of("username", Browserless.uniqueName("boss"), "password", Browserless.PASSWORD,
            "displayName", "Boss", "role", "ADMIN"))
        .expectStatus().isEqualTo(422)
        .expectBody().jsonPath("$.type").isEqualTo("/problems/role-not-self-registrable");
  }

  @Test
  void validatesQueryParameters() {
    browser.get("/api/pavilion/search?q=tea&size=5000").expectStatus().isBadRequest()
        .expectBody().jsonPath("$.type").isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[0].field").isEqualTo("size");
  }

  private long accountCount() {
    long[] count = new long[1];
    accounts.count().as(StepVerifier::create).consumeNextWith(c -> count[0] = c).verifyComplete();
    return count[0];
  }
}
