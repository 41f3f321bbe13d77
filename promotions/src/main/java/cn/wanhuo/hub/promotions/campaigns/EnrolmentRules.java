package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import reactor.core.publisher.Mono;

/** The checks an enrolment passes before it is saved: its numbers, and no overlap with another campaign. */
final class EnrolmentRules {

  private EnrolmentRules() {}

  static List<FieldProblem> numbers(EnrolmentRequest request, Sku sku, int available) {
    var problems = new ArrayList<FieldProblem>();
    if (request.campaignPriceFen() >= sku.priceFen()) {
      problems.add(new FieldProblem("campaignPriceFen", "must be below the current price of " + sku.priceFen() + " fen"));
    }
    if (request.quota() > available) {
      problems.add(new FieldProblem("quota", "at most " + available + " units are available"));
    }
    if (request.perBuyerLimit() > request.quota()) {
      problems.add(new FieldProblem("perBuyerLimit", "must not exceed the quota"));
    }
    return problems;
  }

  /**
   * Fails with the first campaign, this one included, that already has the SKU pending or approved, overlaps in
   * time and shares a channel, and still holds goods.
   */
  static Mono<Void> overlap(Enrolments enrolments, CampaignPlanning planning, Campaign campaign, String productId, String skuCode) {
    return enrolments.findByProductIdAndSkuCode(productId, skuCode)
        .filter(e -> e.status() == EnrolmentStatus.PENDING || e.status() == EnrolmentStatus.APPROVED)
        .filter(e -> e.campaignId().equals(campaign.id()) || overlaps(e, campaign))
        .concatMap(e -> planning.found(e.campaignId()))
        .filter(other -> other.status().holdsGoods())
        .next()
        .flatMap(other -> Mono.<Void>error(new EnrolmentOverlap(skuCode, other)));
  }

  private static boolean overlaps(Enrolment other, Campaign campaign) {
    boolean inTime = other.startAt().isBefore(campaign.endAt()) && campaign.startAt().isBefore(other.endAt());
    return inTime && !Collections.disjoint(other.channels(), campaign.plan().channels());
  }

  static Enrolment pending(EnrolmentRequest request, Campaign campaign, Product product, Sku sku, String owner, Instant now) {
    return new Enrolment(null, campaign.id(), product.id(), product.producerId(), owner, product.region(), product.content().nameZh(),
        product.content().nameEn(), sku.code(), sku.spec(), sku.priceFen(), request.campaignPriceFen(), request.quota(),
        request.perBuyerLimit(), 0, EnrolmentStatus.PENDING, null, Reservation.NONE, campaign.plan().channels(), campaign.startAt(),
        campaign.endAt(), List.of(AuditEntry.of(now, owner, "enrolled")), now, null);
  }
}
