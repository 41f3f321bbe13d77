package cn.wanhuo.hub.app.sales;

import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.HUANGSHAN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.MINUTES;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.QIMEN;
import static cn.wanhuo.hub.app.campaigns.CampaignFixtures.SHANGHAI;

import cn.wanhuo.hub.app.campaigns.CampaignFixtures;
import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.Fixtures;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.promotions.sales.SaleLine;
import cn.wanhuo.hub.promotions.sales.SaleLineState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A spring-tea campaign on the pavilion and JD with one approved GI tea, and order lines of it. */
final class SalesFixtures {

  /** Who and what a sales test works with; the campaign runs from {@code startAt} for 48 hours. */
  record Sold(Browserless organizer, Browserless owner, String campaignId, String producerId, String productId, String sku,
      Instant startAt, Instant endAt) {}

  private SalesFixtures() {}

  /** A campaign opened for enrolment 24 to 72 hours from now whose GI tea (¥128, campaign price ¥99) is approved. */
  static Sold campaignWithApprovedTea(WebTestClient web) {
    var organizer = Fixtures.organizer(web);
    String starts = CampaignFixtures.hoursFromNow(24);
    String ends = CampaignFixtures.hoursFromNow(72);
    String campaign = CampaignFixtures.opened(organizer, CampaignFixtures.springTea(starts, ends));
    var owner = Fixtures.producerAccount(web);
    String sku = "SL-" + Browserless.uniqueName("");
    String[] ids = CampaignFixtures.giTeaProducer(web, owner, HUANGSHAN, QIMEN, sku);
    String enrolment = CampaignFixtures.enrol(owner, campaign, ids[1], sku, 9900, 100);
    organizer.post("/api/enrolments/" + enrolment + "/approve", Map.of()).expectStatus().isOk();
    return new Sold(organizer, owner, campaign, ids[0], ids[1], sku, instant(starts), instant(ends));
  }

  static Instant instant(String shanghaiMinutes) {
    return LocalDateTime.parse(shanghaiMinutes, MINUTES).atZone(SHANGHAI).toInstant();
  }

  /** A counted line of the campaign's tea on JD, ordered an hour into the campaign. */
  static SaleLine line(Sold sold, String orderId, String lineId, int quantity, String buyer) {
    Instant at = sold.startAt().plusSeconds(3_600);
    return new SaleLine(Channel.JD, orderId, lineId, at, at, sold.productId(), sold.sku(), quantity, 9_900L * quantity, buyer,
        SaleLineState.COUNTED);
  }

  /** The same line as the channel reports it later, in another state. */
  static SaleLine later(SaleLine line, SaleLineState state, long seconds) {
    return new SaleLine(line.channel(), line.orderId(), line.lineId(), line.orderedAt(), line.modifiedAt().plusSeconds(seconds),
        line.productId(), line.skuCode(), line.quantity(), line.amountFen(), line.buyerKey(), state);
  }

  static SaleLine at(SaleLine line, Channel channel, Instant orderedAt) {
    return new SaleLine(channel, line.orderId(), line.lineId(), orderedAt, orderedAt, line.productId(), line.skuCode(), line.quantity(),
        line.amountFen(), line.buyerKey(), line.state());
  }

  static String orderId() {
    return Browserless.uniqueName("o");
  }
}
