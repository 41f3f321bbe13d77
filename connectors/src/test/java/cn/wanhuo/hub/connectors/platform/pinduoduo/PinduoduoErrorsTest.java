package cn.wanhuo.hub.connectors.platform.pinduoduo;

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

class PinduoduoErrorsTest {

  @RegisterExtension
  static WireMockExtension pdd = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem GOODS = new PlatformItem("3001", Map.of());

  final PinduoduoConnector connector = new PinduoduoConnector(PlatformStubs.http(PlatformStubs.SHORT_TIMEOUT), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(pdd, "/api/router");

  static void refuses(int code, String message) {
    pdd.stubFor(post(anyUrl()).willReturn(okJson("{\"error_response\":{\"error_msg\":\"" + message + "\",\"sub_msg\":\""
        + message + "\",\"sub_code\":\"" + code + "\",\"error_code\":" + code + ",\"request_id\":\"15749321782103707\"}}")));
  }

  @Test
  void anInvalidBusinessParameterIsPermanentWithThePlatformsWords() {
    refuses(21001, "商品类目不存在");

    connector.delist(shop, GOODS).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.PINDUODUO, Failure.PERMANENT, "21001");
      assertThat(e).hasMessage("商品类目不存在");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "52101, 当前接口被限流，请稍后重试, RETRYABLE",
      "70031, 调用过于频繁，请调整调用频率, RETRYABLE",
      "10019, access_token已过期, REAUTHORIZE",
      "20032, access_token或client_id错误, REAUTHORIZE",
      "20004, 签名验证失败, PERMANENT",
      "10000, 参数错误, PERMANENT",
      "10001, 公共参数错误, PERMANENT",
      "21002, 业务参数缺失, PERMANENT",
      "50001, 时间跨度不能超过24小时, PERMANENT"})
  void classifiesEveryErrorCode(int code, String message, Failure failure) {
    refuses(code, message);

    connector.delist(shop, GOODS).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.PINDUODUO, failure, String.valueOf(code)));
  }

  @ParameterizedTest
  @EnumSource(TransportFault.class)
  void transportFaultsAreRetryable(TransportFault fault) {
    pdd.stubFor(post(anyUrl()).willReturn(fault.answer()));

    connector.delist(shop, GOODS).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.PINDUODUO, Failure.RETRYABLE, fault.code()));
  }
}
