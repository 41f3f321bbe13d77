package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatorFaultsTest {

  private static final Map<String, String> FIND = Map.of("outer_id", "faults", "fields", "num_iid");

  private static PlatformSimulators simulators;
  private static PlatformSimulator taobao;
  private static TopClient top;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(0, 6)).start();
    taobao = simulators.simulator(Channel.TAOBAO);
    top = TopClient.of(simulators.demoShop(Channel.TAOBAO));
  }

  @AfterAll
  static void stop() {
    simulators.stop();
  }

  @AfterEach
  void clearFaults() {
    PlatformSimulators.PLATFORMS.forEach(channel -> simulators.simulator(channel).clearFaults());
  }

  @Test
  void serverErrorAnswers503AndAppliesNothing() {
    int items = taobao.itemCount();
    taobao.failNext(Fault.SERVER_ERROR, 1);

    Answer failed = top.call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-503"));

    assertThat(failed.status()).isEqualTo(503);
    assertThat(taobao.itemCount()).isEqualTo(items);
    assertThat(top.call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-503")).status()).isEqualTo(200);
    assertThat(taobao.itemsByOuterId("fault-503")).hasSize(1);
  }

  @Test
  void timeoutHoldsTheAnswerLongerThanTheClientWaitsAndAppliesNothing() {
    int items = taobao.itemCount();
    taobao.timeoutDelay(Duration.ofMillis(1500));
    taobao.failNext(Fault.TIMEOUT, 1);

    assertThatThrownBy(() -> top.timeout(Duration.ofMillis(300))
        .call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-timeout")))
        .hasCauseInstanceOf(HttpTimeoutException.class);
    assertThat(taobao.itemCount()).isEqualTo(items);
    assertThat(taobao.injectedFaults()).containsKey(Fault.TIMEOUT);
  }

  @Test
  void rateLimitFaultAnswersEachPlatformsOwnCode() {
    PlatformSimulators.PLATFORMS.forEach(channel -> simulators.simulator(channel).failNext(Fault.RATE_LIMIT, 1));

    Answer topAnswer = top.call("taobao.items.custom.get", FIND);
    assertThat(topAnswer.at("/error_response/code").asInt()).isEqualTo(7);
    assertThat(topAnswer.at("/error_response/sub_msg").asString()).isEqualTo("This ban will last for 1 more seconds");
    assertThat(JosClient.of(simulators.demoShop(Channel.JD))
        .call("jingdong.ware.read.searchWare4Valid", "{\"outerId\":\"x\"}").at("/error_response/code").asString())
        .isEqualTo("2");
    assertThat(PddClient.of(simulators.demoShop(Channel.PINDUODUO))
        .call("pdd.goods.list.get", Map.of("outer_id", "x")).at("/error_response/error_code").asInt())
        .isEqualTo(70031);
    assertThat(SuningClient.of(simulators.demoShop(Channel.SUNING))
        .call("suning.custom.item.query", "queryItem", "{\"itemCode\":\"x\"}")
        .at("/sn_responseContent/sn_error/error_code").asString()).isEqualTo("sys.control.frequency:exceeded");
  }

  @Test
  void expiredTokenFaultAnswersEachPlatformsOwnCodeWhileTheTokenStaysValid() {
    PlatformSimulators.PLATFORMS.forEach(channel -> simulators.simulator(channel).failNext(Fault.EXPIRED_TOKEN, 1));

    assertThat(top.call("taobao.items.custom.get", FIND).at("/error_response/code").asInt()).isEqualTo(27);
    assertThat(JosClient.of(simulators.demoShop(Channel.JD))
        .call("jingdong.ware.read.searchWare4Valid", "{\"outerId\":\"x\"}").at("/error_response/code").asString())
        .isEqualTo("19");
    assertThat(PddClient.of(simulators.demoShop(Channel.PINDUODUO))
        .call("pdd.goods.list.get", Map.of("outer_id", "x")).at("/error_response/error_code").asInt())
        .isEqualTo(10019);
    assertThat(SuningClient.of(simulators.demoShop(Channel.SUNING))
        .call("suning.custom.item.query", "queryItem", "{\"itemCode\":\"x\"}")
        .at("/sn_responseContent/sn_error/error_code").asString()).isEqualTo("sys.check.access-token:expired");
    assertThat(top.call("taobao.items.custom.get", FIND).at("/items_custom_get_response").isObject()).isTrue();
  }

  @Test
  void invalidParameterFaultAnswersTheInvalidArgumentsErrorAndAppliesNothing() {
    int items = taobao.itemCount();
    taobao.failNext(Fault.INVALID_PARAMETER, 1);

    var refused = top.call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-invalid")).json();

    assertThat(refused.at("/error_response/code").asInt()).isEqualTo(41);
    assertThat(refused.at("/error_response/sub_code").asString()).isEqualTo("isv.invalid-parameter");
    assertThat(taobao.itemCount()).isEqualTo(items);
  }

  @Test
  void aFaultForOneMethodWaitsForThatMethodWhateverIsCalledMeanwhile() {
    int items = taobao.itemCount();
    taobao.failNextOf("taobao.item.add", Fault.INVALID_PARAMETER, 1);

    assertThat(top.call("taobao.items.custom.get", FIND).at("/items_custom_get_response").isObject()).isTrue();
    var refused = top.call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-scoped")).json();
    assertThat(refused.at("/error_response/code").asInt()).isEqualTo(41);
    assertThat(taobao.itemCount()).isEqualTo(items);
    assertThat(top.call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-scoped")).json()
        .at("/item_add_response/item/num_iid").isMissingNode()).isFalse();
    assertThat(taobao.itemCount()).isEqualTo(items + 1);
  }

  @Test
  void malformedAnswersATruncatedJsonBodyAndAppliesNothing() {
    int items = taobao.itemCount();
    taobao.failNext(Fault.MALFORMED, 1);

    Answer malformed = top.call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-malformed"));

    assertThat(malformed.status()).isEqualTo(200);
    assertThatThrownBy(malformed::json).isInstanceOf(RuntimeException.class);
    assertThat(taobao.itemCount()).isEqualTo(items);
  }

  @Test
  void lostResponseAppliesTheCallButAnswers503() {
    taobao.failNext(Fault.LOST_RESPONSE, 1);

    Answer lost = top.call("taobao.item.add", TaobaoSimulatorTest.addParams("fault-lost"));

    assertThat(lost.status()).isEqualTo(503);
    assertThat(taobao.itemsByOuterId("fault-lost")).hasSize(1);
    assertThat(top.call("taobao.items.custom.get", Map.of("outer_id", "fault-lost", "fields", "num_iid"))
        .at("/items_custom_get_response/items/item")).hasSize(1);
  }

  @Test
  void injectsFaultsAtTheGivenRateUntilCleared() {
    taobao.injectFaults(Fault.SERVER_ERROR, 0.3);
    long before = taobao.injectedFaults().getOrDefault(Fault.SERVER_ERROR, 0L);

    int failed = 0;
    for (int i = 0; i < 200; i++) {
      failed += top.call("taobao.items.custom.get", FIND).status() == 503 ? 1 : 0;
    }

    assertThat(failed).isBetween(30, 90);
    assertThat(taobao.injectedFaults().get(Fault.SERVER_ERROR) - before).isEqualTo(failed);
    taobao.clearFaults();
    assertThat(top.call("taobao.items.custom.get", FIND).status()).isEqualTo(200);
  }
}
