package cn.wanhuo.hub.connectors.platform.internal;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.assertFailure;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** How the shared client classifies what comes back before any platform's envelope is read. */
class PlatformHttpTest {

  @RegisterExtension
  static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final ErrorEnvelope ERRORS = answer -> answer.has("error")
      ? new PlatformException(Channel.JD, Failure.PERMANENT, "E", answer.path("error").asString())
      : null;

  static final ShopCredentials SHOP = new ShopCredentials(URI.create("http://127.0.0.1/api"), "key", "secret", "token");

  final List<ShopCredentials> permitted = new CopyOnWriteArrayList<>();
  final PlatformHttp http = new PlatformHttp(
      new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), DataSize.ofKilobytes(1)),
      shop -> Mono.fromRunnable(() -> permitted.add(shop)));

  <T> Mono<T> send(Function<JsonNode, T> reader) {
    return http.send(Channel.JD, SHOP, client -> client.post().uri(gateway.baseUrl() + "/api"), ERRORS, reader);
  }

  @Test
  void everyCallWaitsForItsShopsPermitAndOnlySubscribedCallsTakeOne() {
    gateway.stubFor(post("/api").willReturn(okJson("{\"ok\":true}")));
    Mono<Boolean> call = send(answer -> answer.path("ok").asBoolean());
    assertThat(permitted).isEmpty();
    StepVerifier.create(call).expectNext(true).verifyComplete();
    StepVerifier.create(call).expectNext(true).verifyComplete();
    assertThat(permitted).containsExactly(SHOP, SHOP);
  }

  @Test
  void readsAJsonObjectWithTheCallersReader() {
    gateway.stubFor(post(anyUrl()).willReturn(okJson("{\"n\":7}")));

    send(answer -> answer.path("n").asInt()).as(StepVerifier::create).expectNext(7).verifyComplete();
  }

  @Test
  void tooManyRequestsWithoutAnEnvelopeIsRetryable() {
    gateway.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(429)));

    send(answer -> answer).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.JD, Failure.RETRYABLE, "HTTP_429"));
  }

  @Test
  void anotherClientErrorWithoutAnEnvelopeIsPermanent() {
    gateway.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(404).withBody("<html>no such gateway</html>")));

    send(answer -> answer).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.JD, Failure.PERMANENT, "HTTP_404"));
  }

  @Test
  void thePlatformsEnvelopeWinsOverTheHttpStatus() {
    gateway.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad category\"}")));

    send(answer -> answer).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.JD, Failure.PERMANENT, "E"));
  }

  @Test
  void aReaderThatFindsTheAnswerNotAsDocumentedMakesItRetryable() {
    gateway.stubFor(post(anyUrl()).willReturn(okJson("{\"n\":\"seven\"}")));

    send(answer -> Long.parseLong(answer.path("n").asString())).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.JD, Failure.RETRYABLE, Failures.MALFORMED));
  }

  @Test
  void anAnswerLargerThanTheLimitIsPermanent() {
    gateway.stubFor(post(anyUrl()).willReturn(okJson("{\"pad\":\"" + "x".repeat(2048) + "\"}")));

    send(answer -> answer).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.JD, Failure.PERMANENT, "ANSWER_TOO_LARGE"));
  }
}
