package cn.wanhuo.hub.connectors.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

/**
 * Answers no platform documents; every one of them must make a call retryable. The slow one outlasts
 * {@link PlatformStubs#SHORT_TIMEOUT}.
 */
public enum TransportFault {
  HTTP_503(serverError().withStatus(503).withBody("<html>busy</html>"), "HTTP_503"),
  HTTP_500_WITH_JSON(serverError().withBody("{\"error\":\"oops\"}"), "HTTP_500"),
  SLOWER_THAN_THE_TIMEOUT(okJson("{}").withFixedDelay(4_000), "TIMEOUT"),
  MALFORMED_JSON(okJson("{\"truncated\":"), "MALFORMED_ANSWER"),
  JSON_BUT_NOT_AN_OBJECT(okJson("[1,2]"), "MALFORMED_ANSWER"),
  EMPTY_BODY(aResponse().withStatus(200), "MALFORMED_ANSWER"),
  SUCCESS_KEY_MISSING(okJson("{\"something_else\":{}}"), "MALFORMED_ANSWER"),
  CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "UNREACHABLE");

  private final ResponseDefinitionBuilder answer;
  private final String code;

  TransportFault(ResponseDefinitionBuilder answer, String code) {
    this.answer = answer;
    this.code = code;
  }

  public ResponseDefinitionBuilder answer() {
    return answer;
  }

  public String code() {
    return code;
  }
}
