package cn.wanhuo.hub.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.HubTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

@HubTest
@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdTest {

  @Autowired WebTestClient web;

  @Test
  void echoesTheCallersCorrelationIdAndLogsWithIt(CapturedOutput output) {
    web.get().uri("/api/regions/340100").header("X-Correlation-Id", "test-corr-4711").exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("X-Correlation-Id", "test-corr-4711");
    Awaitility.await().untilAsserted(() -> assertThat(output.getOut())
        .containsPattern("\\[test-corr-4711\\] .*GET /api/regions/340100 -> 200"));
  }

  @Test
  void issuesAnIdWhenTheCallerSendsNoneOrAnUnsafeOne() {
    web.get().uri("/api/regions/340100").header("X-Correlation-Id", "<script>alert(1)</script>").exchange()
        .expectHeader().value("X-Correlation-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));
  }

  @Test
  void putsTheIdIntoProblemAnswers() {
    web.get().uri("/api/regions/349999").header("X-Correlation-Id", "trace-me-42").exchange()
        .expectStatus().isNotFound()
        .expectBody().jsonPath("$.correlationId").isEqualTo("trace-me-42");
  }
}
