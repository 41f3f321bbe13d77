package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.promotions.pricing.ItemRule;
import cn.wanhuo.hub.promotions.pricing.PricingEngine;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  /** The offers in force now for these products on every channel, read in two queries however many products. */
  public Mono<Offers> forProducts(Collection<String> productIds) {
    return approved(Criteria.where("productId").in(productIds)).flatMap(enrolled -> {
      var campaignIds = enrolled.stream().map(Enrolment::campaignId).distinct().toList();
      return (campaignIds.isEmpty() ? Mono.just(Map.<String, Campaign>of())
          : mongo.find(Query.query(Criteria.where("_id").in(campaignIds).and("status").is(CampaignStatus.LIVE)), Campaign.class)
              .filter(Campaign::pricesApply)
              .collectMap(Campaign::id))
          .map(live -> new Offers(enrolled.stream().collect(Collectors.groupingBy(Enrolment::productId)), live));
    });
  }

  /** The approved enrolments of some products, and those of their campaigns whose prices apply now. */
  public static final class Offers {

    private final Map<String, List<Enrolment>> byProduct;
    private final Map<String, Campaign> live;

    private Offers(Map<String, List<Enrolment>> byProduct, Map<String, Campaign> live) {
      this.byProduct = byProduct;
      this.live = live;
    }

    /** SKU code → the campaign offer in force on the channel; the lowest price when campaigns overlap. */
    public Map<String, SkuCampaignOffer> of(String productId, Channel channel) {
      var offers = new HashMap<String, SkuCampaignOffer>();
      // A quota sold out at the campaign price gives way: the SKU sells on at its own price and stock.
      byProduct.getOrDefault(productId, List.of()).stream()
          .filter(e -> e.remaining() > 0 && live.containsKey(e.campaignId()) && live.get(e.campaignId()).plan().channels().contains(channel))
          .map(e -> Map.entry(e.skuCode(), offer(e)))
          .sorted(Comparator.comparingLong(entry -> entry.getValue().priceFen()))
          .forEach(entry -> offers.putIfAbsent(entry.getKey(), entry.getValue()));
      return Map.copyOf(offers);
    }
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
