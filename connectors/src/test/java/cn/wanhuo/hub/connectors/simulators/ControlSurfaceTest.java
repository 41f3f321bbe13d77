package cn.wanhuo.hub.connectors.simulators;

import static cn.wanhuo.hub.connectors.simulators.SimulatorClient.control;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ControlSurfaceTest {

  private static final Map<String, String> FIND = Map.of("outer_id", "control", "fields", "num_iid");

  private static PlatformSimulators simulators;
  private static PlatformSimulator jd;
  private static PlatformSimulator taobao;

  @BeforeAll
  static void start() {
    simulators = new PlatformSimulators(SimulatorSettings.forTests(0, 6)).start();
    jd = simulators.simulator(Channel.JD);
    taobao = simulators.simulator(Channel.TAOBAO);
  }

  @AfterAll
  static void stop() {
    simulators.stop();
  }

  @Test
  void summarisesTheSimulatorsState() {
    JosClient.of(jd.demoShop()).call("jingdong.ware.read.searchWare4Valid", "{\"outerId\":\"x\"}");

    Answer state = control(jd, "GET", "/__sim/state", "");

    assertThat(state.status()).isEqualTo(200);
    assertThat(state.at("/channel").asString()).isEqualTo("JD");
    assertThat(state.at("/gateway").asString()).endsWith("/routerjson");
    assertThat(state.at("/calls/jingdong.ware.read.searchWare4Valid").asInt()).isPositive();
    assertThat(state.at("/duplicateItems").asInt()).isZero();
  }

  @Test
  void injectsAndClearsFaults() {
    assertThat(control(taobao, "POST", "/__sim/faults", "{\"fault\":\"server_error\",\"count\":1}").status())
        .isEqualTo(200);
    assertThat(TopClient.of(taobao.demoShop()).call("taobao.items.custom.get", FIND).status()).isEqualTo(503);

    control(taobao, "POST", "/__sim/faults", "{\"fault\":\"SERVER_ERROR\",\"rate\":1}");
    assertThat(TopClient.of(taobao.demoShop()).call("taobao.items.custom.get", FIND).status()).isEqualTo(503);
    Answer cleared = control(taobao, "DELETE", "/__sim/faults", "");

    assertThat(cleared.at("/faults/rates")).isEmpty();
    assertThat(TopClient.of(taobao.demoShop()).call("taobao.items.custom.get", FIND).status()).isEqualTo(200);
  }

  @Test
  void setsQpsAndSwitchesOrderGeneration() {
    assertThat(control(taobao, "POST", "/__sim/qps", "{\"qps\":7}").at("/qps").asInt()).isEqualTo(7);
    assertThat(taobao.qps()).isEqualTo(7);
    taobao.qps(0);

    assertThat(control(taobao, "POST", "/__sim/generator", "{\"ordersPerMinute\":30}").at("/generator/running")
        .asBoolean()).isTrue();
    assertThat(control(taobao, "DELETE", "/__sim/generator", "").at("/generator/running").asBoolean()).isFalse();
  }

  @Test
  void addsOrdersInBulk() {
    TopClient.of(taobao.demoShop()).call("taobao.item.add", TaobaoSimulatorTest.addParams("control-bulk"));
    int before = taobao.orderCount();

    Answer state = control(taobao, "POST", "/__sim/orders",
        "{\"count\":500,\"from\":\"2026-07-01T00:00:00Z\",\"to\":\"2026-07-02T00:00:00Z\"}");

    assertThat(state.at("/orders").asInt()).isEqualTo(before + 500);
    assertThat(control(taobao, "GET", "/__sim/orders", "").json()).hasSize(50);
    assertThat(control(taobao, "GET", "/__sim/items", "").json().valueStream()
        .filter(item -> item.path("outerId").asString().equals("control-bulk")))
        .singleElement().satisfies(item -> assertThat(item.at("/skus/0/outerSkuId").asString())
            .isEqualTo("control-bulk:250G"));
  }

  @Test
  void expiresTheDemoTokenAndIssuesANewOne() {
    PlatformSimulator pinduoduo = simulators.simulator(Channel.PINDUODUO);
    PddClient before = PddClient.of(pinduoduo.demoShop());

    control(pinduoduo, "POST", "/__sim/token/expire", "");
    assertThat(before.call("pdd.goods.list.get", Map.of("outer_id", "x")).at("/error_response/error_code").asInt())
        .isEqualTo(10019);
    String token = control(pinduoduo, "POST", "/__sim/token/issue", "").at("/accessToken").asString();

    assertThat(pinduoduo.demoShop().accessToken()).isEqualTo(token);
    assertThat(PddClient.of(pinduoduo.demoShop()).call("pdd.goods.list.get", Map.of("outer_id", "x"))
        .at("/goods_list_get_response").isObject()).isTrue();
  }

  @Test
  void answersUnknownControlsWith404AndBadInputWith400() {
    assertThat(control(taobao, "GET", "/__sim/nothing", "").status()).isEqualTo(404);
    assertThat(control(taobao, "POST", "/__sim/faults", "{\"fault\":\"FLOOD\",\"count\":1}").status()).isEqualTo(400);
    assertThat(control(taobao, "POST", "/__sim/faults", "{\"fault\":\"SERVER_ERROR\",\"rate\":2}").at("/error")
        .asString()).contains("between 0 and 1");
  }
}
