package cn.wanhuo.hub.promotions.campaigns.web;

import cn.wanhuo.hub.promotions.campaigns.CampaignPricing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Pavilion", description = "What consumers see")
class PavilionPricingController {

  private final CampaignPricing pricing;

  PavilionPricingController(CampaignPricing pricing) {
    this.pricing = pricing;
  }

  @GetMapping("/api/pavilion/products/{id}/quote")
  @Operation(summary = "What a quantity of a SKU costs now, explained: list price, campaign price, per-buyer limit, 满减 and coupons")
  Mono<CampaignPricing.Quote> quote(@PathVariable String id, @RequestParam @NotBlank @Size(max = 40) String sku,
      @RequestParam(defaultValue = "1") @Min(1) @Max(1000) int quantity,
      @RequestParam(defaultValue = "") @Size(max = 5) List<@Size(max = 20) String> coupon, Mono<Principal> principal) {
    var codes = coupon.stream().filter(code -> !code.isBlank()).toList();
    return principal.map(Principal::getName).map(Optional::of).defaultIfEmpty(Optional.empty())
        .flatMap(buyer -> pricing.quote(id, sku, quantity, codes, buyer.orElse(null)));
  }
}
