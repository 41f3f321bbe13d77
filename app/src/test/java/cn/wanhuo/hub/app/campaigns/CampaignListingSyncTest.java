package cn.wanhuo.hub.app.campaigns;

import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.HUANGSHAN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.QIMEN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.SHANGHAI;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.enrol;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.hoursFromNow;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.opened;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.springTea;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.connectors.FakeShop;
import cn.wanhuo.hub.app.connectors.FakePlatforms;
import cn.wanhuo.hub.app.connectors.SyncFixtures;
import cn.wanhuo.hub.app.connectors.SyncTest;
import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.promotions.campaigns.CampaignScheduler;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.promotions.sales.SaleLine;
import cn.wanhuo.hub.promotions.sales.SaleLineState;
import cn.wanhuo.hub.promotions.sales.SalesLedger;
import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * A campaign going live pushes its price and quota to the platforms it chose, sales shrink the quota on offer (a sold-out
 * quota gives way to the list price), and its end reverts them.
 */
@SyncTest
class CampaignListingSyncTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired WebTestClient web;
  @Autowired ReactiveMongoTemplate mongo;
  @Autowired ClusterLocks locks;
  @Autowired FakePlatforms platforms;
  @Autowired SalesLedger ledger;

  @Test
  void pushesTheCampaignPriceAndQuotaWhileLiveAndRevertsAtTheEnd() {
    var admin = SyncFixtures.admin(web);
    var pddShop = SyncFixtures.shop(admin, "PINDUODUO", "拼多多活动测试店");
    var pdd = platforms.on(Channel.PINDUODUO).shop(pddShop.appKey());
    var live = liveOnTaobao(admin);
    // Pinduoduo is not one of the campaign's channels: it shows the list price while Taobao shows the campaign's.
    Awaitility.await().atMost(PATIENCE).until(() -> shows(pdd, live.product(), 12800, 120));

    // Six units sold at the campaign price on Taobao: the quota still on offer there shrinks to 34.
    sell(live, 6);
    Awaitility.await().atMost(PATIENCE).until(() -> shows(live.taobao(), live.product(), 9900, 34));

    live.clock().set(at(live.plan().get("endsAt")).plusSeconds(1));
    Awaitility.await().atMost(PATIENCE).until(() -> {
      StepVerifier.create(live.scheduler().advance().then()).verifyComplete();
      return shows(live.taobao(), live.product(), 12800, 120) && "SYNCED".equals(SyncFixtures.statusOf(admin, live.product(), live.shop()));
    });
    assertThat(live.taobao().count(live.product(), "publish")).isEqualTo(1);
    assertThat(SyncFixtures.statusOf(admin, live.product(), pddShop)).isEqualTo("SYNCED");
  }

  @Test
  void offersTheListPriceAgainOnceTheQuotaIsSoldOut() {
    var live = liveOnTaobao(SyncFixtures.admin(web));
    sell(live, 40);
    // Nothing left at the campaign price: the SKU sells on at its list price from its whole stock, not at 0 stock.
    Awaitility.await().atMost(PATIENCE).until(() -> shows(live.taobao(), live.product(), 12800, 120));
  }

  /** A campaign live on Taobao only, with one tea whose SKU offers 40 units at ¥99 (list price ¥128, stock 120). */
  private record Live(SyncFixtures.Shop shop, FakeShop taobao, String product, String sku, Map<String, Object> plan, TestClock clock,
      CampaignScheduler scheduler) {}

  private Live liveOnTaobao(Browserless admin) {
    var taobaoShop = SyncFixtures.shop(admin, "TAOBAO", "淘宝测试店");
    var organizer = Fixtures.organizer(web);
    var plan = springTea(hoursFromNow(50), hoursFromNow(53));
    plan.put("channels", List.of("TAOBAO"));
    String campaign = opened(organizer, plan);
    var owner = Fixtures.producerAccount(web);
    String sku = "CS-" + Browserless.uniqueName("");
    String product = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku)[1];
    String enrolment = enrol(owner, campaign, product, sku, 9900, 40);
    organizer.post("/api/enrolments/" + enrolment + "/approve", Map.of()).expectStatus().isOk();
    organizer.post("/api/campaigns/" + campaign + "/close", Map.of()).expectStatus().isOk();
    organizer.post("/api/campaigns/" + campaign + "/schedule", Map.of()).expectStatus().isOk();
    var taobao = platforms.on(Channel.TAOBAO).shop(taobaoShop.appKey());
    Awaitility.await().atMost(PATIENCE).until(() -> shows(taobao, product, 12800, 120));

    var clock = new TestClock(at(plan.get("startsAt")).plusSeconds(5));
    var scheduler = new CampaignScheduler(mongo, locks, Set.of("pavilion", "quota", "connectors"), clock);
    Awaitility.await().atMost(PATIENCE).until(() -> {
      StepVerifier.create(scheduler.advance().then()).verifyComplete();
      return shows(taobao, product, 9900, 40) && "SYNCED".equals(SyncFixtures.statusOf(admin, product, taobaoShop));
    });
    return new Live(taobaoShop, taobao, product, sku, plan, clock, scheduler);
  }

  /** Units of the SKU sold on Taobao at the campaign price, a minute into the campaign. */
  private void sell(Live live, int units) {
    Instant ordered = at(live.plan().get("startsAt")).plusSeconds(60);
    ledger.record(new SaleLine(Channel.TAOBAO, Browserless.uniqueName("T"), "1", ordered, ordered, live.product(), live.sku(), units,
        units * 9900L, "buyer-a", SaleLineState.COUNTED)).block(Duration.ofSeconds(10));
  }

  private static boolean shows(FakeShop platform, String product, long priceFen, int stock) {
    return platform.item(product).filter(item -> item.onSale() && item.offers().size() == 1 && item.offers().get(0).priceFen() == priceFen
        && item.offers().get(0).stock() == stock).isPresent();
  }

  private static Instant at(Object shanghai) {
    return LocalDateTime.parse(shanghai.toString()).atZone(SHANGHAI).toInstant();
  }
}
