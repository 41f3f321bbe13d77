package cn.wanhuo.hub.connectors.platform.suning;

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

class SuningErrorsTest {

  @RegisterExtension
  static WireMockExtension suning = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final PlatformItem ITEM = new PlatformItem("P1001", Map.of());

  final SuningConnector connector = new SuningConnector(PlatformStubs.http(PlatformStubs.SHORT_TIMEOUT), CLOCK);
  final ShopCredentials shop = PlatformStubs.shop(suning, "/api/http/sopRequest");

  static void refuses(String code, String message) {
    suning.stubFor(post(anyUrl()).willReturn(okJson(
        "{\"sn_responseContent\":{\"sn_error\":{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}}}")));
  }

  @Test
  void aBusinessRefusalIsPermanentWithThePlatformsWords() {
    refuses("biz.custom.item.modify:invalid-category", "类目不存在");

    connector.delist(shop, ITEM).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.SUNING, Failure.PERMANENT, "biz.custom.item.modify:invalid-category");
      assertThat(e).hasMessage("类目不存在: biz.custom.item.modify:invalid-category");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "sys.check.request-apprequesttime:error, RETRYABLE",
      "sys.control.frequency:exceeded, RETRYABLE",
      "sys.busy, RETRYABLE",
      "sys.check.access-token:expired, REAUTHORIZE",
      "sys.check.signinfo:error, PERMANENT",
      "sys.something:new, PERMANENT"})
  void classifiesEveryErrorCode(String code, Failure failure) {
    refuses(code, "");

    connector.delist(shop, ITEM).as(StepVerifier::create).verifyErrorSatisfies(e -> {
      assertFailure(e, Channel.SUNING, failure, code);
      assertThat(e).hasMessage(code);
    });
  }

  @ParameterizedTest
  @EnumSource(TransportFault.class)
  void transportFaultsAreRetryable(TransportFault fault) {
    suning.stubFor(post(anyUrl()).willReturn(fault.answer()));

    connector.delist(shop, ITEM).as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertFailure(e, Channel.SUNING, Failure.RETRYABLE, fault.code()));
  }
}
