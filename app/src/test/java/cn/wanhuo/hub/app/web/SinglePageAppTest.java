package cn.wanhuo.hub.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@HubTest
class SinglePageAppTest {

  @Autowired WebTestClient web;

  @Test
  void servesTheWebAppAtTheRoot() {
    web.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
        .expectBody(String.class).value(html -> assertThat(html).contains("<div id=\"app\""));
  }

  @Test
  void servesTheWebAppForDeepLinks() {
    web.get().uri("/admin").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class).value(html -> assertThat(html).contains("<div id=\"app\""));
  }

  @Test
  void leavesApiAndMissingFilesAsNotFound() {
    web.get().uri("/api/regions/not-a-page").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").exchange().expectStatus().isNotFound();
    web.get().uri("/assets/missing-file.js").exchange().expectStatus().isNotFound();
  }
}
