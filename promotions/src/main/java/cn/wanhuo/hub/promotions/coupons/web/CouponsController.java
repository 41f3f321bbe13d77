package cn.wanhuo.hub.promotions.coupons.web;

import cn.wanhuo.hub.promotions.coupons.CouponIssuing;
import cn.wanhuo.hub.promotions.coupons.CouponPage;
import cn.wanhuo.hub.promotions.coupons.CouponView;
import cn.wanhuo.hub.promotions.coupons.NewCoupon;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/coupons")
@Tag(name = "Coupons", description = "Organizers and admins issue, list and disable coupon codes")
class CouponsController {

  /** Why a coupon is disabled; optional. */
  record Disabling(@Nullable @Size(max = 500) String reason) {}

  private final CouponIssuing coupons;

  CouponsController(CouponIssuing coupons) {
    this.coupons = coupons;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issues a coupon code; 409 if the code exists (codes are case-insensitive)")
  Mono<CouponView> issue(@Valid @RequestBody NewCoupon coupon) {
    return coupons.issue(coupon);
  }

  @GetMapping
  @Operation(summary = "Lists coupons newest first, optionally of one campaign")
  Mono<CouponPage> list(@RequestParam(required = false) @Nullable @Size(max = 64) String campaignId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return coupons.list(campaignId, page, size);
  }

  @GetMapping("/{code}")
  @Operation(summary = "A coupon with its status, remaining issues and audit trail")
  Mono<CouponView> one(@PathVariable String code) {
    return coupons.find(code);
  }

  @PostMapping("/{code}/disable")
  @Operation(summary = "Disables a coupon for good; orders already placed keep their discount")
  Mono<CouponView> disable(@PathVariable String code, @Valid @RequestBody(required = false) @Nullable Disabling disabling) {
    return coupons.disable(code, disabling == null ? null : disabling.reason());
  }
}
