package cn.wanhuo.hub.promotions.campaigns;

import java.time.Instant;
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

  private final ReactiveMongoTemplate mongo;
  private final Campaigns campaigns;

  CampaignAttribution(ReactiveMongoTemplate mongo, Campaigns campaigns) {
    this.mongo = mongo;
    this.campaigns = campaigns;
  }

  /** The campaign's id, or empty when the sale belongs to no campaign. */
  public Mono<String> campaignOf(String productId, String skuCode, Channel channel, Instant orderedAt) {
    var query = Query.query(Criteria.where("productId").is(productId).and("skuCode").is(skuCode)
        .and("status").is(EnrolmentStatus.APPROVED).and("channels").is(channel.name())
        .and("startAt").lte(orderedAt).and("endAt").gt(orderedAt));
    return mongo.find(query, Enrolment.class)
        .concatMap(enrolment -> campaigns.findById(enrolment.campaignId()))
        .filter(campaign -> campaign.status() != CampaignStatus.CANCELLED)
        .next()
        .map(Campaign::id);
  }
}
