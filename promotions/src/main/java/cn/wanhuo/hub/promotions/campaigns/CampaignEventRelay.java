package cn.wanhuo.hub.promotions.campaigns;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hands campaigns with pending marks to their consumers and clears a mark only if no newer change re-marked it
 * meanwhile. A save in this instance triggers a round at once; a poll catches marks set by other instances and
 * retries consumers that failed.
 */
@Component
public class CampaignEventRelay {

  private static final Logger log = LoggerFactory.getLogger(CampaignEventRelay.class);

  private final ReactiveMongoTemplate mongo;
  private final List<CampaignEventConsumer> consumers;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  CampaignEventRelay(ReactiveMongoTemplate mongo, List<CampaignEventConsumer> consumers) {
    this.mongo = mongo;
    this.consumers = List.copyOf(consumers);
  }

  @EventListener
  void onSave(AfterSaveEvent<?> saved) {
    if (saved.getSource() instanceof Campaign campaign && !campaign.pending().isEmpty()) {
      nudge();
    }
  }

  @Scheduled(fixedDelayString = "${wanhuo.campaigns.relay-poll:3s}", initialDelayString = "${wanhuo.campaigns.relay-poll:3s}")
  void poll() {
    nudge();
  }

  /** Starts a round unless one runs, in which case that one goes round once more. */
  public void nudge() {
    again.set(true);
    if (running.compareAndSet(false, true)) {
      roundsWhileAsked().subscribe();
    }
  }

  private Mono<Void> roundsWhileAsked() {
    again.set(false);
    return deliver().then(Mono.defer(() -> {
      running.set(false);
      return again.get() && running.compareAndSet(false, true) ? roundsWhileAsked() : Mono.<Void>empty();
    }));
  }

  /** One round over every consumer; a consumer's failure leaves its marks for the next round. */
  public Mono<Void> deliver() {
    return Flux.fromIterable(consumers).concatMap(consumer -> mongo.find(Query.query(Criteria.where(mark(consumer)).exists(true)), Campaign.class)
        .concatMap(campaign -> consumer.act(campaign).then(clear(consumer, campaign)))
        .onErrorResume(e -> {
          log.warn("Campaign consumer {} failed, will retry: {}", consumer.name(), e.toString());
          return Mono.empty();
        }))
        .then();
  }

  private Mono<Void> clear(CampaignEventConsumer consumer, Campaign campaign) {
    long seq = campaign.pending().get(consumer.name());
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(campaign.id()).and(mark(consumer)).is(seq)),
        new Update().unset(mark(consumer)), Campaign.class).then();
  }

  private static String mark(CampaignEventConsumer consumer) {
    return "pending." + consumer.name();
  }
}
