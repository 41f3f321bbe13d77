package cn.wanhuo.hub.promotions.campaigns;

import java.time.Instant;
import java.util.List;
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

  /** The campaign's id, or empty when the sale belongs to no campaign. */
  public Mono<String> campaignOf(String productId, String skuCode, Channel channel, Instant orderedAt) {
    return windowsOf(productId, skuCode).flatMap(windows -> Mono.justOrEmpty(
        windows.stream().filter(w -> w.covers(channel, orderedAt)).map(Window::campaignId).findFirst()));
  }

  /** Every campaign window of the SKU, so a batch of its orders is attributed with one look-up. */
  public Mono<List<Window>> windowsOf(String productId, String skuCode) {
    var query = Query.query(Criteria.where("productId").is(productId).and("skuCode").is(skuCode).and("status").is(EnrolmentStatus.APPROVED));
    return mongo.find(query, Enrolment.class)
        .concatMap(enrolment -> campaigns.findById(enrolment.campaignId())
            .filter(campaign -> campaign.status() != CampaignStatus.CANCELLED)
            .map(campaign -> new Window(campaign.id(), enrolment.channels(), enrolment.startAt(), enrolment.endAt())))
        .collectList();
  }
}
