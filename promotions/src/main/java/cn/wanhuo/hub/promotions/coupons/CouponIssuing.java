package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.Role;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The organizer's side of coupons: issue, list, read and disable. Only ORGANIZER and ADMIN accounts may. */
@Service
public class CouponIssuing {

  private final Coupons coupons;
  private final ReactiveMongoTemplate mongo;
  private final CurrentAccount currentAccount;
  private final Clock clock = Clock.systemUTC();

  CouponIssuing(Coupons coupons, ReactiveMongoTemplate mongo, CurrentAccount currentAccount) {
    this.coupons = coupons;
    this.mongo = mongo;
    this.currentAccount = currentAccount;
  }

  /** Issues a coupon; its code must be new. */
  public Mono<CouponView> issue(NewCoupon coupon) {
    return organizer()
        .flatMap(organizer -> checked(coupon).map(valid -> Coupon.issue(valid, organizer.username(), clock.instant())))
        .flatMap(coupons::insert)
        .onErrorMap(DuplicateKeyException.class, e -> new CouponCodeTaken(CouponCodes.normalise(coupon.code())))
        .map(this::view);
  }

  /** Coupons newest first, optionally of one campaign. */
  public Mono<CouponPage> list(@Nullable String campaignId, int page, int size) {
    var matching = campaignId == null || campaignId.isBlank() ? new Criteria() : Criteria.where("campaignId").is(campaignId);
    var onePage = new Query(matching).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
    return organizer().then(Mono.zip(
        mongo.find(onePage, Coupon.class).map(this::view).collectList(),
        mongo.count(new Query(matching), Coupon.class)))
        .map(found -> new CouponPage(found.getT1(), found.getT2(), page, size));
  }

  public Mono<CouponView> find(String code) {
    return organizer().then(existing(code)).map(this::view);
  }

  /**
   * Disables a coupon for good: it can no longer be redeemed, orders placed with it keep their discount.
   * Disabling a disabled coupon changes nothing.
   */
  public Mono<CouponView> disable(String code, @Nullable String reason) {
    String normalised = CouponCodes.normalise(code);
    return organizer().flatMap(organizer -> {
      var entry = new AuditEntry(clock.instant(), organizer.username(), "disabled", List.of("disabled"), reason);
      return mongo.findAndModify(
          Query.query(Criteria.where("_id").is(normalised).and("disabled").is(false)),
          new Update().set("disabled", true).push("history", entry).inc("version", 1),
          FindAndModifyOptions.options().returnNew(true), Coupon.class);
    }).switchIfEmpty(Mono.defer(() -> existing(normalised))).map(this::view);
  }

  private Mono<Coupon> existing(String code) {
    String normalised = CouponCodes.normalise(code);
    return coupons.findById(normalised).switchIfEmpty(Mono.error(() -> new CouponNotFound(normalised)));
  }

  private Mono<Account> organizer() {
    return currentAccount.get().flatMap(account -> account.has(Role.ORGANIZER) || account.has(Role.ADMIN)
        ? Mono.just(account)
        : Mono.error(new AccessDeniedException("Only ORGANIZER and ADMIN accounts manage coupons")));
  }

  private static Mono<NewCoupon> checked(NewCoupon coupon) {
    var problems = CouponRules.problemsWith(coupon);
    return problems.isEmpty() ? Mono.just(coupon) : Mono.error(new InvalidCoupon(problems));
  }

  private CouponView view(Coupon coupon) {
    return CouponView.of(coupon, clock.instant());
  }
}
