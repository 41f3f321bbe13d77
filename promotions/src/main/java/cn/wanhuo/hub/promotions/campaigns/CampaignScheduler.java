package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Starts and ends campaigns at their times and turns flash-sale sessions on and off. Each round runs under a cluster
 * lock, so of several instances one acts; each change is saved against the version it read, so even a round that
 * outlived its lock cannot apply a change twice. A round looks at everything due by now, so after downtime the first
 * round catches up: a campaign whose whole window passed meanwhile is started and ended, both recorded.
 */
@Component
public class CampaignScheduler {

  static final String LOCK = "campaign-scheduler";
  static final String ACTOR = "scheduler";
  private static final Logger log = LoggerFactory.getLogger(CampaignScheduler.class);
  /** Later than this, the audit entry notes when the step was due. */
  private static final Duration LATE = Duration.ofMinutes(1);

  private final ReactiveMongoTemplate mongo;
  private final ClusterLocks locks;
  private final Set<String> consumers;
  private final Clock clock;

  @Autowired
  CampaignScheduler(ReactiveMongoTemplate mongo, ClusterLocks locks, List<CampaignEventConsumer> consumers) {
    this(mongo, locks, consumers.stream().map(CampaignEventConsumer::name).collect(Collectors.toUnmodifiableSet()), Clock.systemUTC());
  }

  /** A scheduler on its own clock, as tests run several against one database. */
  public CampaignScheduler(ReactiveMongoTemplate mongo, ClusterLocks locks, Set<String> consumers, Clock clock) {
    this.mongo = mongo;
    this.locks = locks;
    this.consumers = Set.copyOf(consumers);
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${wanhuo.campaigns.scheduler-interval:5s}", initialDelayString = "${wanhuo.campaigns.scheduler-interval:5s}")
  void tick() {
    advance().subscribe(changed -> {}, e -> log.warn("Campaign scheduler round failed, the next round retries: {}", e.toString()));
  }

  /**
   * One round: every start, end and session change due by now. Answers how many campaigns changed, or nothing when
   * another instance holds the lock.
   */
  public Mono<Long> advance() {
    return locks.withLock(LOCK, Duration.ofMinutes(2), Mono.defer(this::due));
  }

  private Mono<Long> due() {
    Instant now = clock.instant();
    var starts = mongo.find(Query.query(Criteria.where("status").is(CampaignStatus.SCHEDULED).and("startAt").lte(now)), Campaign.class)
        .concatMap(campaign -> apply(started(campaign, now)));
    var ends = Flux.defer(() -> mongo.find(Query.query(Criteria.where("status").is(CampaignStatus.LIVE).and("endAt").lte(now)), Campaign.class))
        .concatMap(campaign -> apply(ended(campaign, now)));
    var sessions = Flux.defer(() -> mongo.find(Query.query(Criteria.where("status").is(CampaignStatus.LIVE)
            .and("plan.type").is(CampaignType.FLASH_SALE)), Campaign.class))
        .filter(campaign -> !Objects.equals(campaign.activeSession(), sessionAt(campaign, now)))
        .concatMap(campaign -> apply(campaign.inSession(sessionAt(campaign, now), now, consumers)));
    return starts.concatWith(ends).concatWith(sessions).count();
  }

  private Campaign started(Campaign campaign, Instant now) {
    var live = campaign.moved(CampaignStatus.LIVE, "start", ACTOR, lateness(campaign.startAt(), now), now, CampaignEvent.Type.STARTED,
        consumers);
    if (!live.plan().flashSessions().isEmpty()) {
      live = live.inSession(sessionAt(live, now), now, consumers);
    }
    return campaign.endAt().isAfter(now) ? live : ended(live, now);
  }

  private Campaign ended(Campaign campaign, Instant now) {
    return campaign.moved(CampaignStatus.ENDED, "end", ACTOR, lateness(campaign.endAt(), now), now, CampaignEvent.Type.ENDED, consumers);
  }

  /** Saves against the version read; if another instance got there first, this change is dropped. */
  private Mono<Campaign> apply(Campaign changed) {
    return mongo.save(changed)
        .doOnNext(saved -> log.info("Campaign {} is {}", saved.id(), saved.status()))
        .onErrorResume(OptimisticLockingFailureException.class, e -> Mono.empty());
  }

  /** The session running at this instant (Asia/Shanghai time of day), if the campaign has sessions. */
  static @Nullable LocalTime sessionAt(Campaign campaign, Instant now) {
    LocalTime time = now.atZone(CampaignPlan.SHANGHAI).toLocalTime();
    return campaign.plan().flashSessions().stream().filter(s -> s.covers(time)).map(FlashSession::start).findFirst().orElse(null);
  }

  private static @Nullable String lateness(Instant due, Instant now) {
    return Duration.between(due, now).compareTo(LATE) > 0 ? "due at " + due + "; caught up" : null;
  }
}
