package cn.wanhuo.hub.connectors.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wanhuo.hub.connectors.platform.ShopCredentials;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatorRateLimitTest {

  private static final Map<String, String> FIND = Map.of("outer_id", "qps", "fields", "num_iid");

  private static PlatformSimulators simulators;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(2, 6)).start();
  }

  @AfterAll
  static void stop() {
    simulators.stop();
  }

  /** Calls until one is refused; a limit of 2 a second is reached long before 20 local calls. */
  private static Answer firstRefused(Supplier<Answer> call, Predicate<Answer> refused) {
    for (int i = 0; i < 20; i++) {
      Answer answer = call.get();
      if (refused.test(answer)) {
        return answer;
      }
    }
    throw new AssertionError("No call was refused above the QPS limit");
  }

  @Test
  void refusesTaobaoCallsBeyondTheQpsAndRecoversWithinASecond() {
    PlatformSimulator taobao = simulators.simulator(Channel.TAOBAO);
    TopClient top = TopClient.of(taobao.demoShop());

    Answer refused = firstRefused(() -> top.call("taobao.items.custom.get", FIND),
        answer -> answer.at("/error_response/code").asInt() == 7);

    assertThat(refused.at("/error_response/sub_code").asString()).isEqualTo("accesscontrol.limited-by-app-access-count");
    assertThat(refused.at("/error_response/sub_msg").asString()).isEqualTo("This ban will last for 1 more seconds");
    await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200)).until(
        () -> top.call("taobao.items.custom.get", FIND).at("/items_custom_get_response").isObject());
    assertThat(taobao.callsPerSecond().values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
    assertThat(taobao.achievedQps()).isPositive();
  }

  @Test
  void countsEachAppKeyOnItsOwn() {
    PlatformSimulator taobao = simulators.simulator(Channel.TAOBAO);
    taobao.registerApp("tb-second-app", "tb-second-secret", "tb-second-session");
    TopClient top = TopClient.of(taobao.demoShop());
    firstRefused(() -> top.call("taobao.items.custom.get", FIND),
        answer -> answer.at("/error_response/code").asInt() == 7);

    var second = new ShopCredentials(taobao.gateway(), "tb-second-app", "tb-second-secret", "tb-second-session");
    assertThat(TopClient.of(second).call("taobao.items.custom.get", FIND).at("/items_custom_get_response").isObject())
        .isTrue();
  }

  @Test
  void refusesJdPinduoduoAndSuningCallsBeyondTheQpsWithTheirOwnCodes() {
    JosClient jos = JosClient.of(simulators.demoShop(Channel.JD));
    firstRefused(() -> jos.call("jingdong.ware.read.searchWare4Valid", "{\"outerId\":\"x\"}"),
        answer -> answer.at("/error_response/code").asString().equals("2"));
    PddClient pdd = PddClient.of(simulators.demoShop(Channel.PINDUODUO));
    firstRefused(() -> pdd.call("pdd.goods.list.get", Map.of("outer_id", "x")),
        answer -> answer.at("/error_response/error_code").asInt() == 70031);
    SuningClient sn = SuningClient.of(simulators.demoShop(Channel.SUNING));
    firstRefused(() -> sn.call("suning.custom.item.query", "queryItem", "{\"itemCode\":\"x\"}"),
        answer -> answer.at("/sn_responseContent/sn_error/error_code").asString()
            .equals("sys.control.frequency:exceeded"));

    await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200)).until(
        () -> pdd.call("pdd.goods.list.get", Map.of("outer_id", "x")).at("/goods_list_get_response").isObject());
  }
}
