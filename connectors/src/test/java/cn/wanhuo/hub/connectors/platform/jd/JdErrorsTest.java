package cn.wanhuo.hub.connectors.platform.jd;

import static cn.wanhuo.hub.connectors.platform.PlatformStubs.CLOCK;
import static cn.wanhuo.hub.connectors.platform.PlatformStubs.assertFailure;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformStubs;
import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.connectors.platform.TransportFault;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

class JdErrorsTest {

  @RegisterExtension
  static WireMockExtension jos = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem WARE = new PlatformItem("2001", Map.of());

  final JdConnector connector = new JdConnector(PlatformStubs.http(PlatformStubs.SHORT_TIMEOUT), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(jos, "/routerjson");

  static void refuses(String code, String zh, String en) {
    jos.stubFor(post(anyUrl()).willReturn(okJson(
        "{\"error_response\":{\"code\":\"" + code + "\",\"zh_desc\":\"" + zh + "\",\"en_desc\":\"" + en + "\"}}")));
  }

  @Test
  void anExpiredTokenNeedsReauthorisation() {
    refuses("19", "token已过期或者不存在，请重新授权访问", "Invalid access_token");

    connector.delist(shop, WARE).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.JD, Failure.REAUTHORIZE, "19");
      assertThat(e).hasMessage("token已过期或者不存在，请重新授权访问: Invalid access_token");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "2, App Call Limited, RETRYABLE",
      "8, Invalid Timestamp, RETRYABLE",
      "12, Invalid Signature, PERMANENT",
      "15, Invalid Method, PERMANENT",
      "66, 商品类目不存在, PERMANENT"})
  void classifiesEveryErrorCode(String code, String words, Failure failure) {
    refuses(code, words, words);

    connector.delist(shop, WARE).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.JD, failure, code);
      assertThat(e).hasMessage(words);
    });
  }

  @Test
  void aSuccessEnvelopeWithANonZeroCodeIsPermanent() {
    jos.stubFor(post(anyUrl()).willReturn(okJson(
        "{\"jingdong_ware_write_upOrDown_responce\":{\"code\":\"1000\",\"zh_desc\":\"商品不存在\"}}")));

    connector.delist(shop, WARE).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.JD, Failure.PERMANENT, "1000");
      assertThat(e).hasMessageStartingWith("商品不存在");
    });
  }

  @ParameterizedTest
  @EnumSource(TransportFault.class)
  void transportFaultsAreRetryable(TransportFault fault) {
    jos.stubFor(post(anyUrl()).willReturn(fault.answer()));

    connector.delist(shop, WARE).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.JD, Failure.RETRYABLE, fault.code()));
  }
}
