package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.catalog.ProductEditing;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.promotions.coupons.CouponCheck;
import cn.wanhuo.hub.promotions.coupons.CouponRedeeming;
import cn.wanhuo.hub.promotions.pricing.ItemRule;
import cn.wanhuo.hub.promotions.pricing.Line;
import cn.wanhuo.hub.promotions.pricing.OrderRule;
import cn.wanhuo.hub.promotions.pricing.PriceQuote;
import cn.wanhuo.hub.promotions.pricing.PriceRequest;
import cn.wanhuo.hub.promotions.pricing.PricingEngine;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Prices a SKU of a published product as the pavilion sells it now: the live campaign's price and per-buyer limit,
 * its 满减 tiers and any coupons, explained step by step by the one pricing engine the connectors use too.
 */
@Service
public class CampaignPricing {

  /** The engine's quote and why any coupon given was refused before pricing. */
  public record Quote(PriceQuote quote, List<CouponCheck.Refused> refusedCoupons) {}

  private final ProductEditing catalog;
  private final PavilionCampaigns campaigns;
  private final CampaignPlanning planning;
  private final CouponRedeeming coupons;
  private final Clock clock = Clock.systemUTC();

  CampaignPricing(ProductEditing catalog, PavilionCampaigns campaigns, CampaignPlanning planning, CouponRedeeming coupons) {
    this.catalog = catalog;
    this.campaigns = campaigns;
    this.planning = planning;
    this.coupons = coupons;
  }

  public Mono<Quote> quote(String productId, String skuCode, int quantity, List<String> couponCodes, @Nullable String buyer) {
    return catalog.published(productId).flatMap(product -> {
      Sku sku = product.content().skus().stream().filter(s -> s.code().equals(skuCode)).findFirst()
          .orElseThrow(() -> new InvalidEnrolment(List.of(new FieldProblem("sku", "the product has no SKU " + skuCode))));
      var request = PriceRequest.of(List.of(new Line(productId, skuCode, sku.priceFen(), quantity)));
      return Mono.zip(campaigns.forProducts(List.of(productId)), coupons.check(couponCodes, buyer == null ? "anonymous" : buyer, clock.instant()))
          .flatMap(found -> {
            var offer = found.getT1().get(productId);
            var check = found.getT2();
            Mono<PriceRequest> priced = Mono.just(request);
            if (offer != null && offer.live()) {
              var enrolled = offer.skus().stream().filter(s -> s.code().equals(skuCode)).findFirst();
              if (enrolled.isPresent()) {
                var withPrice = request.withItemRule(productId, skuCode,
                    new ItemRule.FixedPrice(offer.id(), enrolled.get().campaignPriceFen(), enrolled.get().perBuyerLimit()));
                priced = planning.found(offer.id()).map(campaign -> withTiers(withPrice, campaign));
              }
            }
            return priced.map(ready -> {
              var withCoupons = ready;
              for (var coupon : check.usable()) {
                withCoupons = withCoupons.withCoupon(coupon);
              }
              return new Quote(PricingEngine.quote(withCoupons), check.refused());
            });
          });
    });
  }

  private static PriceRequest withTiers(PriceRequest request, Campaign campaign) {
    var tiers = campaign.plan().spendSaveTiers();
    if (tiers.isEmpty()) {
      return request;
    }
    return request.withOrderRule(new OrderRule.SpendSave(campaign.id(),
        tiers.stream().map(t -> new OrderRule.Tier(t.thresholdFen(), t.saveFen())).toList()));
  }
}
