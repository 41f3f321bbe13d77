package cn.wanhuo.hub.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@HubTest
class OperationsEndpointsTest {

  @Autowired WebTestClient web;

  @Test
  void reportsReadinessWithMongoElasticsearchAndRedis() {
    web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("UP")
        .jsonPath("$.components.mongo.status").isEqualTo("UP")
        .jsonPath("$.components.elasticsearch.status").isEqualTo("UP")
        .jsonPath("$.components.redis.status").isEqualTo("UP");
  }

  @Test
  void reportsLivenessWithoutTheServices() {
    web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("UP")
        .jsonPath("$.components.redis").doesNotExist();
  }

  @Test
  void exposesPrometheusMetrics() {
    web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
        .value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
  }

  @Test
  void publishesTheOpenApiDocumentWithTheApi() {
    web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.paths['/api/regions']").exists()
        .jsonPath("$.paths['/api/auth/login']").exists()
        .jsonPath("$.paths['/api/pavilion/search']").exists();
  }

  @Test
  void servesSwaggerUi() {
    web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    web.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
  }
}
