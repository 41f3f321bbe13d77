package cn.wanhuo.hub.app.sales;

import static cn.wanhuo.hub.app.sales.SalesFixtures.at;
import static cn.wanhuo.hub.app.sales.SalesFixtures.campaignWithApprovedTea;
import static cn.wanhuo.hub.app.sales.SalesFixtures.later;
import static cn.wanhuo.hub.app.sales.SalesFixtures.line;
import static cn.wanhuo.hub.app.sales.SalesFixtures.orderId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.campaigns.CampaignFixtures;
import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.promotions.campaigns.Enrolment;
import cn.wanhuo.hub.promotions.sales.Attribution;
import cn.wanhuo.hub.promotions.sales.CampaignCounters;
import cn.wanhuo.hub.promotions.sales.CounterReconcile;
import cn.wanhuo.hub.promotions.sales.CounterSweep;
import cn.wanhuo.hub.promotions.sales.InvalidSaleLine;
import cn.wanhuo.hub.promotions.sales.LedgerEntry;
import cn.wanhuo.hub.promotions.sales.SaleLine;
import cn.wanhuo.hub.promotions.sales.SaleLineState;
import cn.wanhuo.hub.promotions.sales.SalesCounters;
import cn.wanhuo.hub.promotions.sales.SalesLedger;
import cn.wanhuo.hub.shared.search.SearchSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Order lines reach the ledger once, attributed once, and move the campaign's live counters exactly once. */
@HubTest
class SalesLedgerTest {

  @Autowired WebTestClient web;
  @Autowired SalesLedger ledger;
  @Autowired SalesCounters counters;
  @Autowired CounterSweep sweep;
  @Autowired CounterReconcile reconcile;
  @Autowired ReactiveStringRedisTemplate redis;
  @Autowired SearchSettings search;
  @Autowired ReactiveMongoTemplate mongo;

  @Test
  void countsTheSameLineOnceHoweverOftenItIsRecorded() {
    var sold = campaignWithApprovedTea(web);
    var line = line(sold, orderId(), "1", 2, "buyer-a");

    ledger.record(line).then(ledger.record(line)).then(ledger.recordAll(List.of(line, line))).as(StepVerifier::create).verifyComplete();

    counters.read(sold.campaignId()).as(StepVerifier::create).assertNext(live -> {
      assertThat(live.gmvFen()).isEqualTo(19_800);
      assertThat(live.units()).isEqualTo(2);
      assertThat(live.orders()).isEqualTo(1);
      assertThat(live.buyers()).isEqualTo(1);
    }).verifyComplete();
    mongo.count(Query.query(Criteria.where("_id").is(line.key())), LedgerEntry.class).as(StepVerifier::create).expectNext(1L)
        .verifyComplete();
  }

  @Test
  void subtractsRefundsAndCancellationsKeepingOrdersAndBuyersExact() {
    var sold = campaignWithApprovedTea(web);
    String first = orderId();
    var a1 = line(sold, first, "1", 1, "buyer-a");
    var a2 = line(sold, first, "2", 2, "buyer-a");
    var b = line(sold, orderId(), "1", 1, "buyer-b");
    var c = line(sold, orderId(), "1", 3, "buyer-a");
    ledger.recordAll(List.of(a1, a2, b, c)).as(StepVerifier::create).verifyComplete();
    expect(sold.campaignId(), 7 * 9_900, 7, 3, 2);

    ledger.record(later(a1, SaleLineState.REFUNDED, 60)).as(StepVerifier::create)
        .assertNext(entry -> assertThat(entry.state()).isEqualTo(SaleLineState.REFUNDED)).verifyComplete();
    expect(sold.campaignId(), 6 * 9_900, 6, 3, 2);

    ledger.record(later(a2, SaleLineState.REFUNDED, 60)).then(ledger.record(later(c, SaleLineState.CANCELLED, 60)))
        .as(StepVerifier::create).expectNextCount(1).verifyComplete();
    expect(sold.campaignId(), 9_900, 1, 1, 1);

    ledger.record(later(a1, SaleLineState.COUNTED, 30)).as(StepVerifier::create)
        .assertNext(entry -> assertThat(entry.state()).as("an older report is ignored").isEqualTo(SaleLineState.REFUNDED))
        .verifyComplete();
    expect(sold.campaignId(), 9_900, 1, 1, 1);
  }

  @Test
  void keepsWhatTheEnrolmentSoldEqualToTheLedgerSoItsQuotaOnOfferShrinks() {
    var sold = campaignWithApprovedTea(web);
    var a = line(sold, orderId(), "1", 3, "buyer-a");
    var b = line(sold, orderId(), "1", 2, "buyer-b");
    var outside = at(line(sold, orderId(), "1", 4, "buyer-c"), Channel.JD, sold.endAt());

    ledger.recordAll(List.of(a, b, outside)).then(ledger.record(a)).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    expectSold(sold, 5);

    ledger.record(later(a, SaleLineState.REFUNDED, 60)).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    expectSold(sold, 2);

    // A recount that went wrong is put right by the next line the ledger counts for the SKU.
    mongo.updateFirst(enrolmentOf(sold), new Update().set("sold", 40), Enrolment.class).block(Duration.ofSeconds(10));
    ledger.record(line(sold, orderId(), "1", 1, "buyer-d")).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    expectSold(sold, 3);
  }

  private Query enrolmentOf(SalesFixtures.Sold sold) {
    return Query.query(Criteria.where("campaignId").is(sold.campaignId()).and("skuCode").is(sold.sku()));
  }

  private void expectSold(SalesFixtures.Sold sold, int units) {
    mongo.findOne(enrolmentOf(sold), Enrolment.class).as(StepVerifier::create).assertNext(enrolment -> {
      assertThat(enrolment.sold()).as("sold").isEqualTo(units);
      assertThat(enrolment.remaining()).as("remaining of the quota of 100").isEqualTo(100 - units);
    }).verifyComplete();
  }

  @Test
  void attributesLinesInsideTheWindowOnTheCampaignsChannelsOnlyToTheEnrolledSku() {
    var sold = campaignWithApprovedTea(web);
    String otherSku = "NE-" + Browserless.uniqueName("");
    String unenrolled = Fixtures.publishedProduct(web, sold.owner(), sold.producerId(), CampaignFixtures.giTea(otherSku));
    var inside = line(sold, orderId(), "1", 1, "buyer-a");
    var pavilion = at(line(sold, orderId(), "1", 1, "buyer-a"), Channel.PAVILION, inside.orderedAt());
    var otherChannel = at(line(sold, orderId(), "1", 1, "buyer-a"), Channel.TAOBAO, inside.orderedAt());
    var before = at(line(sold, orderId(), "1", 1, "buyer-a"), Channel.JD, sold.startAt().minusSeconds(1));
    var atEnd = at(line(sold, orderId(), "1", 1, "buyer-a"), Channel.JD, sold.endAt());
    var lastMoment = at(line(sold, orderId(), "1", 1, "buyer-a"), Channel.JD, sold.endAt().minusSeconds(1));
    var otherProduct = new SaleLine(Channel.JD, orderId(), "1", inside.orderedAt(), inside.orderedAt(), unenrolled, otherSku, 1, 12_800,
        "buyer-a", SaleLineState.COUNTED);

    campaignOf(inside).assertNext(entry -> {
      assertThat(entry.attribution().campaignId()).isEqualTo(sold.campaignId());
      assertThat(entry.attribution().producerId()).isEqualTo(sold.producerId());
      assertThat(entry.attribution().prefectureCode()).isEqualTo(CampaignFixtures.HUANGSHAN);
      assertThat(entry.attribution().countyCode()).isEqualTo(CampaignFixtures.QIMEN);
      assertThat(entry.attribution().category()).isEqualTo(Category.TEA);
      assertThat(entry.attribution().productNameZh()).isEqualTo("祁门红茶 特级");
    }).verifyComplete();
    campaignOf(pavilion).assertNext(entry -> assertThat(entry.attribution().campaignId()).isEqualTo(sold.campaignId())).verifyComplete();
    campaignOf(lastMoment).assertNext(entry -> assertThat(entry.attribution().campaignId()).isEqualTo(sold.campaignId())).verifyComplete();
    for (var outside : List.of(otherChannel, before, atEnd, otherProduct)) {
      campaignOf(outside).assertNext(entry -> {
        assertThat(entry.attribution().campaignId()).as(outside.key()).isNull();
        assertThat(entry.attribution().producerId()).isEqualTo(sold.producerId());
      }).verifyComplete();
    }
    // One buyer key on JD and on the pavilion is two buyers: channels do not share buyer identities.
    expect(sold.campaignId(), 3 * 9_900, 3, 3, 2);
  }

  @Test
  void rebuildsCountersFromTheLedgerEqualToTheIncrementalOnes() {
    var sold = campaignWithApprovedTea(web);
    var lines = IntStream.range(0, 12).mapToObj(i -> at(line(sold, "r" + i / 3 + sold.sku(), Integer.toString(i % 3), 1 + i % 4,
        "buyer-" + i % 5), (i / 3) % 2 == 0 ? Channel.JD : Channel.PAVILION, sold.startAt().plusSeconds(600L * i))).toList();
    ledger.recordAll(lines).then(ledger.record(later(lines.get(4), SaleLineState.REFUNDED, 5)))
        .then(ledger.record(later(lines.get(7), SaleLineState.CANCELLED, 5))).as(StepVerifier::create).expectNextCount(1)
        .verifyComplete();
    var incremental = new AtomicReference<CampaignCounters>();
    counters.read(sold.campaignId()).as(StepVerifier::create).assertNext(live -> {
      assertThat(live.orders()).isEqualTo(4);
      assertThat(live.units()).isEqualTo(lines.stream().mapToInt(SaleLine::quantity).sum() - lines.get(4).quantity() - lines.get(7).quantity());
      assertThat(live.byChannel()).containsOnlyKeys("JD", "PAVILION");
      incremental.set(live);
    }).verifyComplete();

    counters.rebuild(sold.campaignId()).then(counters.read(sold.campaignId())).as(StepVerifier::create)
        .assertNext(rebuilt -> assertThat(rebuilt).isEqualTo(incremental.get())).verifyComplete();
  }

  @Test
  void rebuildsTheCountersOfACampaignWhoseRedisDataWasLost() {
    var sold = campaignWithApprovedTea(web);
    ledger.recordAll(List.of(line(sold, orderId(), "1", 2, "buyer-a"), line(sold, orderId(), "1", 1, "buyer-b")))
        .as(StepVerifier::create).verifyComplete();
    String pattern = "{" + search.indexPrefix() + ":sales:" + sold.campaignId() + "}:*";
    redis.keys(pattern).collectList().flatMap(keys -> redis.delete(keys.toArray(String[]::new))).as(StepVerifier::create)
        .assertNext(deleted -> assertThat(deleted).isPositive()).verifyComplete();
    expect(sold.campaignId(), 0, 0, 0, 0);

    reconcile.reconcile().as(StepVerifier::create).assertNext(rebuilt -> assertThat(rebuilt).isPositive()).verifyComplete();
    expect(sold.campaignId(), 3 * 9_900, 3, 2, 2);
  }

  @Test
  void rejectsALineWithoutItsKeysOrWithANegativeAmount() {
    var line = new SaleLine(Channel.JD, " ", "1", Instant.now(), Instant.now(), "p", "s", 0, -1, "b",
        SaleLineState.COUNTED);
    ledger.record(line).as(StepVerifier::create).expectErrorSatisfies(error -> assertThat(((InvalidSaleLine) error).fields())
        .extracting(f -> f.field()).containsExactlyInAnyOrder("orderId", "quantity", "amountFen")).verify();
  }

  @Test
  void countsOneLineRecordedConcurrentlyFromManySubscribersOnce() {
    var sold = campaignWithApprovedTea(web);
    var line = line(sold, orderId(), "1", 3, "buyer-a");
    Flux.range(0, 24).flatMap(i -> ledger.record(line).subscribeOn(Schedulers.parallel())).then().as(StepVerifier::create)
        .verifyComplete();
    expect(sold.campaignId(), 3 * 9_900, 3, 1, 1);
  }

  @Test
  void countsALineLeftPendingByACrashOnceWhenTheSweepRuns() {
    var sold = campaignWithApprovedTea(web);
    var line = line(sold, orderId(), "1", 2, "buyer-a");
    var attribution = new Attribution(sold.campaignId(), sold.producerId(), CampaignFixtures.HUANGSHAN, CampaignFixtures.QIMEN,
        Category.TEA, "祁门红茶 特级", null);
    // What an instance leaves when it dies right after the ledger write: the entry, pending, and nothing counted.
    var crashed = new LedgerEntry(line.key(), line.channel(), line.orderId(), line.lineId(), line.orderedAt(), line.modifiedAt(),
        line.productId(), line.skuCode(), line.quantity(), line.amountFen(), line.buyerKey(), line.state(), attribution, "h", "d", 1, 0,
        true, Instant.now());
    mongo.insert(crashed).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    expect(sold.campaignId(), 0, 0, 0, 0);

    sweep.sweep().then(sweep.sweep()).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    expect(sold.campaignId(), 19_800, 2, 1, 1);
    mongo.findById(line.key(), LedgerEntry.class).as(StepVerifier::create)
        .assertNext(entry -> assertThat(entry.pending()).isFalse()).verifyComplete();

    // Dying after counting but before clearing the mark: the sweep finds it pending again and must not count it twice.
    mongo.updateFirst(Query.query(Criteria.where("_id").is(line.key())), new Update().set("pending", true), LedgerEntry.class)
        .then(sweep.sweep()).as(StepVerifier::create).assertNext(applied -> assertThat(applied).isPositive()).verifyComplete();
    expect(sold.campaignId(), 19_800, 2, 1, 1);
    ledger.record(line).as(StepVerifier::create).assertNext(entry -> assertThat(entry.pending()).isFalse()).verifyComplete();
  }

  @Test
  void countsABatchImportedConcurrentlyByManyInstancesOnce() {
    var sold = campaignWithApprovedTea(web);
    var lines = IntStream.range(0, 40).mapToObj(i -> line(sold, "b" + i / 2 + sold.sku(), Integer.toString(i % 2), 1, "buyer-" + i % 7))
        .toList();
    Flux.range(0, 6).flatMap(i -> ledger.recordAll(lines).subscribeOn(Schedulers.parallel())).then().as(StepVerifier::create)
        .verifyComplete();
    expect(sold.campaignId(), 40 * 9_900, 40, 20, 7);
    mongo.count(Query.query(Criteria.where("attribution.campaignId").is(sold.campaignId()).and("pending").is(true)), LedgerEntry.class)
        .as(StepVerifier::create).expectNext(0L).verifyComplete();
  }

  @Test
  void refusesABatchWithABadLineNamingIt() {
    var sold = campaignWithApprovedTea(web);
    var good = line(sold, orderId(), "1", 1, "buyer-a");
    var bad = new SaleLine(Channel.JD, orderId(), "1", good.orderedAt(), good.modifiedAt(), sold.productId(), sold.sku(), 0, 100, "b",
        SaleLineState.COUNTED);
    ledger.recordAll(List.of(good, bad)).as(StepVerifier::create).expectErrorSatisfies(error -> assertThat(((InvalidSaleLine) error)
        .fields()).extracting(f -> f.field()).containsExactly("lines[1].quantity")).verify();
    expect(sold.campaignId(), 0, 0, 0, 0);
  }

  private StepVerifier.FirstStep<LedgerEntry> campaignOf(SaleLine line) {
    return ledger.record(line).as(StepVerifier::create);
  }

  private void expect(String campaignId, long gmvFen, long units, long orders, long buyers) {
    counters.read(campaignId).as(StepVerifier::create).assertNext(live -> {
      assertThat(live.gmvFen()).as("gmv").isEqualTo(gmvFen);
      assertThat(live.units()).as("units").isEqualTo(units);
      assertThat(live.orders()).as("orders").isEqualTo(orders);
      assertThat(live.buyers()).as("buyers").isEqualTo(buyers);
    }).verifyComplete();
  }
}
