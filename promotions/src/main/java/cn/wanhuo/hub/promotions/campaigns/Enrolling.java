package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.ReviewerScope;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.marketplace.catalog.Traceability;
import cn.wanhuo.hub.marketplace.producers.Producers;
import cn.wanhuo.hub.marketplace.regions.RegionCode;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Producers offer SKUs to open campaigns; organizers, admins and the reviewers of the producer's region decide.
 * Approving reserves the quota from the SKU's stock under a per-SKU cluster lock, so two approvals at once cannot
 * reserve the same units twice.
 */
@Service
public class Enrolling {

  private static final Duration SKU_LOCK = Duration.ofSeconds(30);

  private final Enrolments enrolments;
  private final CampaignPlanning planning;
  private final Products products;
  private final Producers producers;
  private final StockLedger ledger;
  private final CurrentAccount currentAccount;
  private final ClusterLocks locks;
  private final ReactiveMongoTemplate mongo;
  private final EnrolmentViews views;
  private final Clock clock = Clock.systemUTC();

  Enrolling(Enrolments enrolments, CampaignPlanning planning, Products products, Producers producers, StockLedger ledger,
      CurrentAccount currentAccount, ClusterLocks locks, ReactiveMongoTemplate mongo, EnrolmentViews views) {
    this.views = views;
    this.enrolments = enrolments;
    this.planning = planning;
    this.products = products;
    this.producers = producers;
    this.ledger = ledger;
    this.currentAccount = currentAccount;
    this.locks = locks;
    this.mongo = mongo;
  }

  public Mono<EnrolmentView> enrol(EnrolmentRequest request) {
    return currentAccount.get().flatMap(account -> planning.found(request.campaignId())
        .flatMap(campaign -> {
          if (campaign.status() != CampaignStatus.OPEN || !campaign.endAt().isAfter(clock.instant())) {
            return Mono.error(new EnrolmentClosed(campaign, "be made"));
          }
          return products.findById(request.productId())
              .filter(product -> product.ownerUsername().equals(account.username()))
              .switchIfEmpty(Mono.error(() -> new EnrolmentNotFound("product " + request.productId() + " of yours")))
              .flatMap(product -> checkedEnrolment(request, campaign, product, account))
              .flatMap(enrolments::save)
              .flatMap(views::of);
        }));
  }

  public Mono<EnrolmentView> approve(String id) {
    return decide(id, EnrolmentStatus.APPROVED, null);
  }

  public Mono<EnrolmentView> reject(String id, String reason) {
    return decide(id, EnrolmentStatus.REJECTED, reason.strip());
  }

  /** The producer takes an offer back while the line-up is still open; a reserved quota is released at once. */
  public Mono<EnrolmentView> withdraw(String id) {
    return currentAccount.get().flatMap(account -> enrolments.findById(id)
        .filter(e -> e.ownerUsername().equals(account.username()))
        .switchIfEmpty(Mono.error(() -> new EnrolmentNotFound("enrolment " + id)))
        .flatMap(enrolment -> planning.found(enrolment.campaignId()).flatMap(campaign -> {
          if (campaign.status() != CampaignStatus.OPEN && campaign.status() != CampaignStatus.CLOSED) {
            return Mono.error(new EnrolmentClosed(campaign, "be withdrawn"));
          }
          return enrolments.save(enrolment.withdrawn(account.username(), clock.instant())).flatMap(views::of);
        })));
  }

  /**
   * Producers read their own (a producer id is required), organizers and admins every enrolment, reviewers those of
   * producers inside their region.
   */
  public Mono<EnrolmentPage> list(EnrolmentFilter filter) {
    return currentAccount.get().flatMap(account -> visibleTo(account, filter).flatMap(criteria -> {
      var query = Query.query(criteria);
      return Mono.zip(
          mongo.find(Query.of(query).with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) filter.page() * filter.size())
                  .limit(filter.size()), Enrolment.class)
              .collectList().flatMap(views::of),
          mongo.count(Query.of(query), Enrolment.class))
          .map(both -> new EnrolmentPage(both.getT1(), both.getT2(), filter.page(), filter.size()));
    }));
  }

  private Mono<Criteria> visibleTo(Account account, EnrolmentFilter filter) {
    var parts = new ArrayList<Criteria>();
    Optional.ofNullable(filter.campaignId()).ifPresent(c -> parts.add(Criteria.where("campaignId").is(c)));
    Optional.ofNullable(filter.status()).ifPresent(s -> parts.add(Criteria.where("status").is(s)));
    Optional.ofNullable(filter.producerId()).ifPresent(p -> parts.add(Criteria.where("producerId").is(p)));
    if (Organizers.includes(account)) {
      return Mono.just(and(parts));
    }
    if (ReviewerScope.applies(account)) {
      parts.add(Criteria.where("region").regex(RegionPattern.within(ReviewerScope.of(account).region())));
      return Mono.just(and(parts));
    }
    if (filter.producerId() == null) {
      return Mono.error(new InvalidEnrolment(List.of(new FieldProblem("producerId", "name the producer whose enrolments to list"))));
    }
    parts.add(Criteria.where("ownerUsername").is(account.username()));
    return Mono.just(and(parts));
  }

  private static Criteria and(List<Criteria> parts) {
    return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
  }

  private Mono<EnrolmentView> decide(String id, EnrolmentStatus decision, String reason) {
    return currentAccount.get().flatMap(account -> enrolments.findById(id)
        .filter(e -> Organizers.includes(account) || ReviewerScope.applies(account)
            && ReviewerScope.of(account).covers(RegionCode.of(e.region())))
        .switchIfEmpty(Mono.error(() -> new EnrolmentNotFound("enrolment " + id)))
        .flatMap(enrolment -> planning.found(enrolment.campaignId()).flatMap(campaign -> {
          if (campaign.status() != CampaignStatus.OPEN && campaign.status() != CampaignStatus.CLOSED) {
            return Mono.error(new EnrolmentClosed(campaign, "be decided"));
          }
          var decided = enrolment.decided(decision, account.username(), reason, clock.instant());
          Mono<Enrolment> saved = decision == EnrolmentStatus.APPROVED ? reserve(decided) : enrolments.save(decided);
          return saved.flatMap(views::of);
        })));
  }

  /** Saves an approval only if the SKU still has the quota available, holding the SKU's lock meanwhile. */
  private Mono<Enrolment> reserve(Enrolment approved) {
    String lock = "sku-reservation:" + approved.productId() + ":" + approved.skuCode();
    return locks.withLock(lock, SKU_LOCK, products.findById(approved.productId())
            .flatMap(product -> ledger.available(product, approved.skuCode(), approved.id()))
            .flatMap(available -> available < approved.quota()
                ? Mono.<Enrolment>error(new QuotaExceedsStock(approved, available))
                : enrolments.save(approved)))
        .switchIfEmpty(Mono.error(() -> new ReservationBusy(approved.skuCode())));
  }

  private Mono<Enrolment> checkedEnrolment(EnrolmentRequest request, Campaign campaign, Product product, Account account) {
    LocalDate today = LocalDate.now(Traceability.ANHUI);
    return producers.findById(product.producerId()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(producer -> {
      var reasons = EligibilityCheck.reasons(campaign.plan().eligibility(), product, producer.orElse(null), today);
      if (!reasons.isEmpty()) {
        return Mono.error(new NotEligible(reasons));
      }
      Sku sku = product.content().skus().stream().filter(s -> s.code().equals(request.skuCode())).findFirst().orElse(null);
      if (sku == null) {
        return Mono.error(new InvalidEnrolment(List.of(new FieldProblem("skuCode", "the product has no SKU " + request.skuCode()))));
      }
      return ledger.available(product, sku.code(), null).flatMap(available -> {
        var problems = EnrolmentRules.numbers(request, sku, available);
        if (!problems.isEmpty()) {
          return Mono.error(new InvalidEnrolment(problems));
        }
        return EnrolmentRules.overlap(enrolments, planning, campaign, product.id(), sku.code())
            .then(Mono.fromSupplier(() -> EnrolmentRules.pending(request, campaign, product, sku, account.username(), clock.instant())));
      });
    });
  }
}
