package cn.wanhuo.hub.connectors.platform.taobao;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.assertFailure;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformStubs;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.TransportFault;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

class TaobaoErrorsTest {

  @RegisterExtension
  static WireMockExtension top = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem ITEM = new PlatformItem("1001", Map.of());

  final TaobaoConnector connector = new TaobaoConnector(PlatformStubs.http(PlatformStubs.SHORT_TIMEOUT), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(top, "/router/rest");

  static void refuses(int code, String msg, String subCode, String subMsg) {
    top.stubFor(post(anyUrl()).willReturn(okJson("{\"error_response\":{\"code\":" + code + ",\"msg\":\"" + msg
        + "\",\"sub_code\":\"" + subCode + "\",\"sub_msg\":\"" + subMsg + "\",\"request_id\":\"r1\"}}")));
  }

  @Test
  void rateLimitIsRetryableAfterTheBanTheSubMessageNames() {
    refuses(7, "App Call Limited", "accesscontrol.limited-by-app-access-count", "This ban will last for 17 more seconds");

    connector.delist(shop, ITEM).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.TAOBAO, Failure.RETRYABLE, "7/accesscontrol.limited-by-app-access-count");
      assertThat(((PlatformException) e).retryAfter()).isEqualTo(Duration.ofSeconds(17));
    });
  }

  @Test
  void invalidArgumentIsPermanentWithThePlatformsWordsForTheOperator() {
    refuses(41, "Invalid Arguments", "isv.invalid-parameter", "类目 50050 不存在");

    connector.delist(shop, ITEM).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.TAOBAO, Failure.PERMANENT, "41/isv.invalid-parameter");
      assertThat(e).hasMessage("Invalid Arguments: 类目 50050 不存在");
      assertThat(((PlatformException) e).retryAfter()).isNull();
    });
  }

  @ParameterizedTest
  @CsvSource({
      "26, Missing Session, '', REAUTHORIZE, 26",
      "27, Invalid Session, invalid-sessionkey, REAUTHORIZE, 27/invalid-sessionkey",
      "31, Invalid Timestamp, '', RETRYABLE, 31",
      "15, Remote service error, isp.remote-service-timeout, RETRYABLE, 15/isp.remote-service-timeout",
      "50, Remote service error, isp.top-remote-connection-error, RETRYABLE, 50/isp.top-remote-connection-error",
      "15, Remote service error, isv.item-not-exist, PERMANENT, 15/isv.item-not-exist",
      "25, Invalid Signature, '', PERMANENT, 25",
      "40, Missing Required Arguments, '', PERMANENT, 40",
      "99, Something new, '', PERMANENT, 99"})
  void classifiesEveryErrorCode(int code, String msg, String subCode, Failure failure, String expectedCode) {
    refuses(code, msg, subCode, "");

    connector.delist(shop, ITEM).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.TAOBAO, failure, expectedCode));
  }

  @ParameterizedTest
  @EnumSource(TransportFault.class)
  void transportFaultsAreRetryable(TransportFault fault) {
    top.stubFor(post(anyUrl()).willReturn(fault.answer()));

    connector.delist(shop, ITEM).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.TAOBAO, Failure.RETRYABLE, fault.code()));
  }

  @Test
  void anUnreachableGatewayIsRetryableAndTheMessageCarriesNoSecret() {
    ShopCredentials nowhere = new ShopCredentials(URI.create("http://127.0.0.1:9/router/rest"), "k", "secret", "the-session");

    connector.delist(nowhere, ITEM).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.TAOBAO, Failure.RETRYABLE, "UNREACHABLE");
      assertThat(e.getMessage()).doesNotContain("the-session").doesNotContain("sign=");
      assertThat(e.getCause()).isNull();
    });
  }

  @Test
  void aTradePageWithABadAmountIsMalformedAndRetryable() {
    top.stubFor(post(anyUrl()).willReturn(okJson("""
        {"trades_sold_increment_get_response":{"total_results":1,"trades":{"trade":[{"tid":1,"status":"TRADE_FINISHED",
         "created":"2026-12-01 08:00:00","modified":"2026-12-01 08:00:00","orders":{"order":[
          {"oid":2,"num":1,"payment":"9.999"}]}}]}}}""")));

    connector.ordersModified(shop, TaobaoOrdersTest.FROM, TaobaoOrdersTest.FROM.plusSeconds(1)).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.TAOBAO, Failure.RETRYABLE, "MALFORMED_ANSWER"));
  }
}
