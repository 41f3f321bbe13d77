package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.promotions.pricing.ItemRule;
import cn.wanhuo.hub.promotions.pricing.PricingEngine;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a platform channel must show for a product while a campaign sells there: per SKU the campaign price and the
 * quota left. The same rules as the pavilion's: the campaign is live, for a flash sale inside a session, and the
 * enrolment is approved with quota left; a campaign reaches only the channels it chose.
 */
@Component
public class ChannelOffers {

  /** A SKU's campaign price (after the campaign's price rule) and the units still on offer at it. */
  public record SkuCampaignOffer(String campaignId, long priceFen, int remaining) {}

  private final ReactiveMongoTemplate mongo;

  ChannelOffers(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** SKU code → the campaign offer in force on the channel now; SKUs without one are absent. */
  public Mono<Map<String, SkuCampaignOffer>> forProduct(String productId, Channel channel) {
    return approved(Criteria.where("productId").is(productId)).flatMap(enrolled -> {
      var campaignIds = enrolled.stream().map(Enrolment::campaignId).distinct().toList();
      return mongo.find(Query.query(Criteria.where("_id").in(campaignIds).and("status").is(CampaignStatus.LIVE)
              .and("plan.channels").is(channel)), Campaign.class)
          .filter(Campaign::pricesApply)
          .collectMap(Campaign::id)
          .map(live -> {
            var offers = new HashMap<String, SkuCampaignOffer>();
            // A quota sold out at the campaign price gives way: the SKU sells on at its own price and stock.
            enrolled.stream().filter(e -> live.containsKey(e.campaignId()) && e.remaining() > 0)
                .map(e -> Map.entry(e.skuCode(), offer(e)))
                .sorted(Comparator.comparingLong(entry -> entry.getValue().priceFen()))
                .forEach(entry -> offers.putIfAbsent(entry.getKey(), entry.getValue()));
            return Map.copyOf(offers);
          });
    });
  }

  /** The products enrolled (and approved) in a campaign, whose listings its changes move. */
  public Mono<List<String>> productsOf(String campaignId) {
    return approved(Criteria.where("campaignId").is(campaignId))
        .map(list -> list.stream().map(Enrolment::productId).distinct().toList());
  }

  private static SkuCampaignOffer offer(Enrolment enrolment) {
    long price = PricingEngine.unitPrice(enrolment.listPriceFen(),
        new ItemRule.FixedPrice(enrolment.campaignId(), enrolment.campaignPriceFen(), enrolment.perBuyerLimit()));
    return new SkuCampaignOffer(enrolment.campaignId(), price, enrolment.remaining());
  }

  private Mono<List<Enrolment>> approved(Criteria criteria) {
    return mongo.find(Query.query(criteria.and("status").is(EnrolmentStatus.APPROVED)), Enrolment.class).collectList();
  }
}
