package cn.wanhuo.hub.promotions.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The buyer's side of coupons, for checkout: which codes a buyer may use now, and redeeming them when an order is
 * placed. No transactions: a redemption takes one of the coupon's issues with a conditional increment (only while
 * {@code redeemedCount < issueCount}) and one of the buyer's numbered slots with a unique index, and gives the issue
 * back if the slot is lost; so neither limit is ever exceeded, however many orders race.
 */
@Service
public class CouponRedeeming {

  /** Enough for every concurrent order of one buyer to find its slot, or learn that none is left. */
  private static final int SLOT_RACES = 16;

  private final Coupons coupons;
  private final CouponRedemptions redemptions;
  private final ReactiveMongoTemplate mongo;
  private final Clock clock = Clock.systemUTC();

  CouponRedeeming(Coupons coupons, CouponRedemptions redemptions, ReactiveMongoTemplate mongo) {
    this.coupons = coupons;
    this.redemptions = redemptions;
    this.mongo = mongo;
  }

  /** The pricing-engine coupons for the codes the buyer may use now: enabled, valid, issues and the buyer's uses left. */
  public Mono<List<cn.wanhuo.hub.promotions.pricing.Coupon>> usable(List<String> codes, String buyer, Instant now) {
    return check(codes, buyer, now).map(CouponCheck::usable);
  }

  /** Like {@link #usable}, with the reason for every code left out. Codes are case-insensitive; repeats count once. */
  public Mono<CouponCheck> check(List<String> codes, String buyer, Instant now) {
    Set<String> wanted = codes.stream().map(CouponCodes::normalise).collect(Collectors.toCollection(LinkedHashSet::new));
    return coupons.findAllById(wanted).collectMap(Coupon::code, Function.identity())
        .flatMap(found -> Flux.fromIterable(wanted).concatMap(code -> verdict(code, found, buyer, now)).collectList())
        .map(CouponRedeeming::checkOf);
  }

  /**
   * Redeems the coupon for the buyer's order. Redeeming the same order again does nothing, so a retried checkout
   * is safe. Fails with {@link CouponNotFound} or {@link CouponNotRedeemable}.
   */
  public Mono<Void> redeem(String code, String buyer, String orderId) {
    String normalised = CouponCodes.normalise(code);
    return Mono.defer(() -> redemptions.existsByCodeAndBuyerAndOrderId(normalised, buyer, orderId)
            .flatMap(done -> done ? Mono.<Void>empty() : takeIssueAndSlot(normalised, buyer, orderId, clock.instant())))
        .retryWhen(Retry.max(SLOT_RACES).filter(SlotLost.class::isInstance))
        .onErrorMap(SlotLost.class, e -> new CouponNotRedeemable(normalised, CouponNotRedeemable.Reason.BUYER_LIMIT_REACHED));
  }

  /** Gives a cancelled order's coupon back to the pool and to the buyer; releasing twice does nothing. */
  public Mono<Void> release(String code, String buyer, String orderId) {
    String normalised = CouponCodes.normalise(code);
    return redemptions.deleteByCodeAndBuyerAndOrderId(normalised, buyer, orderId)
        .flatMap(deleted -> deleted > 0 ? giveIssueBack(normalised) : Mono.empty());
  }

  private Mono<Void> takeIssueAndSlot(String code, String buyer, String orderId, Instant now) {
    return coupons.findById(code).switchIfEmpty(Mono.error(() -> new CouponNotFound(code)))
        .flatMap(coupon -> coupon.statusAt(now) == CouponStatus.ACTIVE ? Mono.just(coupon) : Mono.error(CouponNotRedeemable.of(code, coupon.statusAt(now))))
        .flatMap(coupon -> freeSlot(coupon, buyer).flatMap(slot -> takeIssue(coupon, now)
            .then(redemptions.insert(new CouponRedemption(null, code, buyer, orderId, slot, now)))
            .onErrorResume(DuplicateKeyException.class, e -> giveIssueBack(code).then(Mono.error(new SlotLost())))))
        .then();
  }

  /** The buyer's lowest free slot (slots freed by releases are reused). */
  private Mono<Integer> freeSlot(Coupon coupon, String buyer) {
    return redemptions.findByCodeAndBuyer(coupon.code(), buyer).map(CouponRedemption::slot).collect(Collectors.toSet())
        .flatMap(taken -> Mono.justOrEmpty(IntStream.rangeClosed(1, coupon.perBuyerLimit()).filter(slot -> !taken.contains(slot)).boxed().findFirst()))
        .switchIfEmpty(Mono.error(() -> new CouponNotRedeemable(coupon.code(), CouponNotRedeemable.Reason.BUYER_LIMIT_REACHED)));
  }

  /** The conditional increment that keeps redemptions within the issue count; issueCount never changes after issue. */
  private Mono<Void> takeIssue(Coupon coupon, Instant now) {
    var stillAvailable = Criteria.where("_id").is(coupon.code()).and("disabled").is(false)
        .and("redeemedCount").lt(coupon.issueCount()).and("validFrom").lte(now).and("validTo").gt(now);
    return mongo.updateFirst(Query.query(stillAvailable), new Update().inc("redeemedCount", 1).inc("version", 1), Coupon.class)
        .flatMap(result -> result.getModifiedCount() == 1 ? Mono.<Void>empty() : whyNotAvailable(coupon.code(), now));
  }

  private Mono<Void> whyNotAvailable(String code, Instant now) {
    return coupons.findById(code).switchIfEmpty(Mono.error(() -> new CouponNotFound(code)))
        .flatMap(coupon -> Mono.error(CouponNotRedeemable.of(code, coupon.statusAt(now))));
  }

  private Mono<Void> giveIssueBack(String code) {
    return mongo.updateFirst(Query.query(Criteria.where("_id").is(code).and("redeemedCount").gt(0)),
        new Update().inc("redeemedCount", -1).inc("version", 1), Coupon.class).then();
  }

  /** One code's answer: the coupon to price with, or why not. */
  private record Verdict(String code, cn.wanhuo.hub.promotions.pricing.@Nullable Coupon usable, CouponCheck.@Nullable Reason reason) {

    static Verdict refused(String code, CouponCheck.Reason reason) {
      return new Verdict(code, null, reason);
    }
  }

  private Mono<Verdict> verdict(String code, Map<String, Coupon> found, String buyer, Instant now) {
    Coupon coupon = found.get(code);
    if (coupon == null) {
      return Mono.just(Verdict.refused(code, CouponCheck.Reason.UNKNOWN));
    }
    var status = coupon.statusAt(now);
    if (status != CouponStatus.ACTIVE) {
      return Mono.just(Verdict.refused(code, CouponCheck.Reason.valueOf(status.name())));
    }
    return redemptions.countByCodeAndBuyer(code, buyer).map(used -> used >= coupon.perBuyerLimit()
        ? Verdict.refused(code, CouponCheck.Reason.BUYER_LIMIT_REACHED)
        : new Verdict(code, coupon.forPricing(), null));
  }

  private static CouponCheck checkOf(List<Verdict> verdicts) {
    var usable = new ArrayList<cn.wanhuo.hub.promotions.pricing.Coupon>();
    var refused = new ArrayList<CouponCheck.Refused>();
    for (Verdict verdict : verdicts) {
      if (verdict.usable() != null) {
        usable.add(verdict.usable());
      } else {
        refused.add(new CouponCheck.Refused(verdict.code(), Objects.requireNonNull(verdict.reason())));
      }
    }
    return new CouponCheck(usable, refused);
  }

  /** Another order of the same buyer took the slot first; the redemption is tried again with a fresh count. */
  private static final class SlotLost extends RuntimeException {
    SlotLost() {
      super(null, null, false, false);
    }
  }
}
