package cn.wanhuo.hub.promotions.campaigns;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Which campaign made a sale: the campaign of an approved enrolment of the SKU that sells on the channel and whose
 * window [start, end) holds the moment of the order. Overlapping enrolments of one SKU are refused at enrolment, so at
 * most one matches; a cancelled campaign made no sale.
 */
@Service
public class CampaignAttribution {

  /** One campaign a SKU sells in: where and when. */
  public record Window(String campaignId, List<Channel> channels, Instant startAt, Instant endAt) {

    public boolean covers(Channel channel, Instant at) {
      return channels.contains(channel) && !at.isBefore(startAt) && at.isBefore(endAt);
    }
  }

  private final ReactiveMongoTemplate mongo;
  private final Campaigns campaigns;

  CampaignAttribution(ReactiveMongoTemplate mongo, Campaigns campaigns) {
    this.mongo = mongo;
    this.campaigns = campaigns;
  }

  /** One SKU of one product. */
  public record Sku(String productId, String skuCode) {}

  /**
   * Every campaign window of the products' SKUs, by SKU, read in two queries however many SKUs: a batch of orders is
   * attributed with one look-up. A SKU in no campaign has no entry.
   */
  public Mono<Map<Sku, List<Window>>> windowsOf(Collection<String> productIds) {
    var approved = Query.query(Criteria.where("productId").in(productIds).and("status").is(EnrolmentStatus.APPROVED));
    return mongo.find(approved, Enrolment.class).collectList().flatMap(enrolments -> {
      Set<String> campaignIds = enrolments.stream().map(Enrolment::campaignId).collect(Collectors.toSet());
      Mono<Set<String>> live = campaignIds.isEmpty() ? Mono.just(Set.of())
          : campaigns.findAllById(campaignIds).filter(campaign -> campaign.status() != CampaignStatus.CANCELLED)
              .map(Campaign::id).collect(Collectors.toSet());
      return live.map(ids -> enrolments.stream().filter(enrolment -> ids.contains(enrolment.campaignId()))
          .collect(Collectors.groupingBy(enrolment -> new Sku(enrolment.productId(), enrolment.skuCode()),
              Collectors.mapping(enrolment -> new Window(enrolment.campaignId(), enrolment.channels(), enrolment.startAt(),
                  enrolment.endAt()), Collectors.toList()))));
    });
  }
}
