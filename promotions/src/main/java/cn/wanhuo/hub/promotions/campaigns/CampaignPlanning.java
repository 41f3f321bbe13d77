package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.catalog.ProductGallery;
import cn.wanhuo.hub.marketplace.regions.Regions;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import cn.wanhuo.hub.shared.files.FileKind;
import cn.wanhuo.hub.shared.files.StoredFiles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

/** Organizers create, edit and move campaigns through their life; producers and reviewers read them. */
@Service
public class CampaignPlanning {

  static final DataSize MAX_BANNER_SIZE = DataSize.ofMegabytes(5);

  private final Campaigns campaigns;
  private final Enrolments enrolments;
  private final ReactiveMongoTemplate mongo;
  private final CurrentAccount currentAccount;
  private final Regions regions;
  private final StoredFiles files;
  private final Set<String> consumers;
  private final Clock clock = Clock.systemUTC();

  CampaignPlanning(Campaigns campaigns, Enrolments enrolments, ReactiveMongoTemplate mongo, CurrentAccount currentAccount,
      Regions regions, StoredFiles files, List<CampaignEventConsumer> consumers) {
    this.campaigns = campaigns;
    this.enrolments = enrolments;
    this.mongo = mongo;
    this.currentAccount = currentAccount;
    this.regions = regions;
    this.files = files;
    this.consumers = consumers.stream().map(CampaignEventConsumer::name).collect(Collectors.toUnmodifiableSet());
  }

  public Mono<CampaignView> create(CampaignPlan plan) {
    return organizer().flatMap(account -> checked(plan.tidied())
        .flatMap(tidy -> campaigns.save(Campaign.draft(tidy, account.username(), clock.instant())))
        .flatMap(saved -> view(saved, true)));
  }

  public Mono<CampaignView> update(String id, long version, CampaignPlan plan) {
    return organizer().flatMap(account -> campaigns.findById(id)
        .switchIfEmpty(Mono.error(() -> new CampaignNotFound(id)))
        .flatMap(campaign -> checked(plan.tidied()).map(tidy -> withVersion(campaign, version).edited(tidy, account.username(), clock.instant())))
        .flatMap(campaigns::save)
        .flatMap(saved -> view(saved, true)));
  }

  public Mono<CampaignView> open(String id) {
    return step(id, CampaignStatus.DRAFT, CampaignStatus.OPEN, "open", null);
  }

  public Mono<CampaignView> close(String id) {
    return step(id, CampaignStatus.OPEN, CampaignStatus.CLOSED, "close", null);
  }

  public Mono<CampaignView> reopen(String id) {
    return step(id, CampaignStatus.CLOSED, CampaignStatus.OPEN, "reopen", null);
  }

  public Mono<CampaignView> cancel(String id, String reason) {
    return step(id, null, CampaignStatus.CANCELLED, "cancel", reason.strip());
  }

  /** Fixes the line-up: every enrolment decided, at least one approved, and the end still ahead. */
  public Mono<CampaignView> schedule(String id) {
    return organizer().flatMap(account -> found(id).flatMap(campaign -> counts(id).flatMap(counts -> {
      if (campaign.status() == CampaignStatus.CLOSED) {
        if (counts.getOrDefault(EnrolmentStatus.PENDING, 0L) > 0) {
          return Mono.error(new CampaignNotReady(counts.get(EnrolmentStatus.PENDING) + " enrolments still await a decision."));
        }
        if (counts.getOrDefault(EnrolmentStatus.APPROVED, 0L) == 0) {
          return Mono.error(new CampaignNotReady("No enrolment is approved; a campaign needs goods to sell."));
        }
        if (!campaign.endAt().isAfter(clock.instant())) {
          return Mono.error(new CampaignNotReady("The campaign's end has passed; it can only be cancelled."));
        }
      }
      return save(campaign.moved(CampaignStatus.SCHEDULED, "schedule", account.username(), null, clock.instant(),
          CampaignEvent.Type.SCHEDULED, consumers));
    })));
  }

  public Mono<CampaignView> banner(String id, FilePart upload) {
    return organizer().flatMap(account -> found(id)
        .flatMap(campaign -> files.store(upload, Set.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP), MAX_BANNER_SIZE,
                ProductGallery.CAMPAIGN_BANNER_PURPOSE)
            .map(fileId -> campaign.withBanner(fileId, account.username(), clock.instant())))
        .flatMap(this::save));
  }

  /** Organizers see every campaign; anyone else only those past the draft. */
  public Mono<CampaignView> get(String id) {
    return currentAccount.get().flatMap(account -> found(id)
        .filter(campaign -> Organizers.includes(account) || campaign.status() != CampaignStatus.DRAFT)
        .switchIfEmpty(Mono.error(() -> new CampaignNotFound(id)))
        .flatMap(campaign -> view(campaign, Organizers.includes(account))));
  }

  public Mono<CampaignPage> list(@Nullable CampaignStatus status, @Nullable CampaignType type, @Nullable Channel channel, int page,
      int size) {
    return organizer().flatMap(account -> {
      var criteria = new ArrayList<Criteria>();
      if (status != null) {
        criteria.add(Criteria.where("status").is(status));
      }
      if (type != null) {
        criteria.add(Criteria.where("plan.type").is(type));
      }
      if (channel != null) {
        criteria.add(Criteria.where("plan.channels").is(channel));
      }
      var query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
      return Mono.zip(
          mongo.find(Query.of(query).with(Sort.by(Sort.Direction.DESC, "startAt")).skip((long) page * size).limit(size), Campaign.class)
              .concatMap(campaign -> view(campaign, true)).collectList(),
          mongo.count(Query.of(query), Campaign.class))
          .map(both -> new CampaignPage(both.getT1(), both.getT2(), page, size));
    });
  }

  Mono<Campaign> found(String id) {
    return campaigns.findById(id).switchIfEmpty(Mono.error(() -> new CampaignNotFound(id)));
  }

  Mono<Map<EnrolmentStatus, Long>> counts(String campaignId) {
    return enrolments.findByCampaignId(campaignId)
        .collect(() -> new EnumMap<EnrolmentStatus, Long>(EnrolmentStatus.class), (map, e) -> map.merge(e.status(), 1L, Long::sum))
        .map(Map::copyOf);
  }

  /** A step an organizer takes; {@code from}, when given, is the only state it may be taken from. */
  private Mono<CampaignView> step(String id, @Nullable CampaignStatus from, CampaignStatus target, String action, @Nullable String reason) {
    CampaignEvent.Type event = target == CampaignStatus.CANCELLED ? CampaignEvent.Type.CANCELLED : null;
    return organizer().flatMap(account -> found(id)
        .map(campaign -> {
          if (from != null && campaign.status() != from) {
            throw new IllegalCampaignTransition(campaign, action);
          }
          return campaign.moved(target, action, account.username(), reason, clock.instant(), event, consumers);
        })
        .flatMap(this::save));
  }

  private Mono<CampaignView> save(Campaign campaign) {
    return campaigns.save(campaign).flatMap(saved -> view(saved, true));
  }

  private Mono<CampaignView> view(Campaign campaign, boolean organizes) {
    return counts(campaign.id()).map(counts -> CampaignView.of(campaign, counts, organizes));
  }

  private Mono<Account> organizer() {
    return currentAccount.get().map(Organizers::require);
  }

  /** Checks the plan's rules and that every region named exists. */
  private Mono<CampaignPlan> checked(CampaignPlan plan) {
    var codes = plan.eligibility().regions();
    return regions.findAllById(codes).map(r -> r.code()).collect(Collectors.toSet()).flatMap(known -> {
      var problems = new ArrayList<>(CampaignRules.check(plan, clock.instant()));
      for (int i = 0; i < codes.size(); i++) {
        if (!known.contains(codes.get(i))) {
          problems.add(new FieldProblem("eligibility.regions[" + i + "]", "is not a known Anhui region"));
        }
      }
      return problems.isEmpty() ? Mono.just(plan) : Mono.error(new InvalidCampaign(problems));
    });
  }

  /** The campaign as the caller last read it; a different version means someone changed it since. */
  private static Campaign withVersion(Campaign campaign, long version) {
    return new Campaign(campaign.id(), campaign.plan(), campaign.status(), campaign.organizer(), campaign.startAt(), campaign.endAt(),
        campaign.bannerFileId(), campaign.activeSession(), campaign.history(), campaign.events(), campaign.pending(), campaign.changeSeq(),
        campaign.createdAt(), version);
  }
}
