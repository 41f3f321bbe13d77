package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.audit.AuditEntry;
import java.time.Clock;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** When a campaign ends or is cancelled, its unsold quotas return to normal stock. */
@Component
class QuotaRelease implements CampaignEventConsumer {

  private final ReactiveMongoTemplate mongo;
  private final Clock clock = Clock.systemUTC();

  QuotaRelease(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public String name() {
    return "quota";
  }

  @Override
  public Mono<Void> act(Campaign campaign) {
    if (campaign.status().holdsGoods()) {
      return Mono.empty();
    }
    var held = Query.query(Criteria.where("campaignId").is(campaign.id()).and("reservation").is(Reservation.ACTIVE));
    var release = new Update().set("reservation", Reservation.RELEASED)
        .push("history", AuditEntry.of(clock.instant(), CampaignScheduler.ACTOR, "quota-released"))
        .inc("version", 1);
    return mongo.updateMulti(held, release, Enrolment.class).then();
  }
}
