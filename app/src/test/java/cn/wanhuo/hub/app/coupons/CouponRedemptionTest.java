package cn.wanhuo.hub.app.coupons;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.promotions.coupons.CouponCheck;
import cn.wanhuo.hub.promotions.coupons.CouponNotRedeemable;
import cn.wanhuo.hub.promotions.coupons.CouponRedeeming;
import cn.wanhuo.hub.promotions.pricing.Coupon;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Checkout's side: which codes a buyer may use, and redemptions that never exceed the issue count or a buyer's limit. */
@HubTest
class CouponRedemptionTest {

  @Autowired WebTestClient web;
  @Autowired CouponRedeeming coupons;
  Browserless organizer;

  @Test
  void neverRedeemsMoreThanTheIssueCountUnderConcurrentOrders() {
    String code = issued(Map.of("issueCount", 5));

    Flux.range(0, 40)
        .flatMap(i -> coupons.redeem(code, "buyer" + i, "order" + i).thenReturn("redeemed")
            .onErrorResume(CouponNotRedeemable.class, e -> Mono.just(e.problemType())), 40)
        .collectList()
        .as(StepVerifier::create)
        .assertNext(outcomes -> {
          assertThat(outcomes).filteredOn("redeemed"::equals).hasSize(5);
          assertThat(outcomes).filteredOn("coupon-exhausted"::equals).hasSize(35);
        })
        .verifyComplete();
    organizer.get("/api/coupons/" + code).expectStatus().isOk().expectBody()
        .jsonPath("$.redeemedCount").isEqualTo(5)
        .jsonPath("$.remaining").isEqualTo(0)
        .jsonPath("$.status").isEqualTo("EXHAUSTED");
  }

  @Test
  void keepsABuyerWithinTheLimitUnderConcurrentOrdersAndGivesAReleasedUseBack() {
    String code = issued(Map.of("perBuyerLimit", 2));

    Flux.range(0, 12)
        .flatMap(i -> coupons.redeem(code, "hungry", "order" + i).thenReturn(true)
            .onErrorResume(CouponNotRedeemable.class, e -> Mono.just(false)), 12)
        .filter(Boolean::booleanValue).count()
        .as(StepVerifier::create).expectNext(2L).verifyComplete();
    coupons.check(List.of(code), "hungry", Instant.now()).as(StepVerifier::create)
        .expectNext(new CouponCheck(List.of(), List.of(new CouponCheck.Refused(code, CouponCheck.Reason.BUYER_LIMIT_REACHED))))
        .verifyComplete();

    coupons.release(code, "hungry", "nonexistent-order").then(coupons.usable(List.of(code), "hungry", Instant.now()))
        .as(StepVerifier::create).assertNext(usable -> assertThat(usable).isEmpty()).verifyComplete();
    Flux.range(0, 12).concatMap(i -> coupons.release(code, "hungry", "order" + i))
        .then(coupons.redeem(code, "hungry", "order-after-cancel"))
        .then(coupons.usable(List.of(code), "hungry", Instant.now()))
        .as(StepVerifier::create).assertNext(usable -> assertThat(usable).hasSize(1)).verifyComplete();
    organizer.get("/api/coupons/" + code).expectStatus().isOk().expectBody().jsonPath("$.redeemedCount").isEqualTo(1);
  }

  @Test
  void redeemsTheSameOrderOnlyOnce() {
    String code = issued(Map.of("perBuyerLimit", 3));

    coupons.redeem(code, "careful", "order-1").then(coupons.redeem(code.toLowerCase(), "careful", "order-1"))
        .as(StepVerifier::create).verifyComplete();
    organizer.get("/api/coupons/" + code).expectStatus().isOk().expectBody().jsonPath("$.redeemedCount").isEqualTo(1);
  }

  @Test
  void answersEngineCouponsForUsableCodesAndTheReasonForTheRest() {
    String usable = issued(Map.of("kind", "PERCENT_OFF", "percentOff", 12, "stackable", true, "campaignId", "keemun-week"));
    String expired = issued(Map.of("validFrom", "2020-01-01T00:00", "validTo", "2020-02-01T00:00"));
    String disabled = issued(Map.of());
    organizer.post("/api/coupons/" + disabled + "/disable", Map.of()).expectStatus().isOk();

    coupons.check(List.of(usable.toLowerCase(), expired, disabled, "NOSUCH42", usable), "someone", Instant.now())
        .as(StepVerifier::create)
        .expectNext(new CouponCheck(
            List.of(new Coupon(usable, Coupon.Kind.PERCENT_OFF, 0, 12, 15_000, true, "keemun-week")),
            List.of(new CouponCheck.Refused(expired, CouponCheck.Reason.EXPIRED),
                new CouponCheck.Refused(disabled, CouponCheck.Reason.DISABLED),
                new CouponCheck.Refused("NOSUCH42", CouponCheck.Reason.UNKNOWN))))
        .verifyComplete();
    coupons.redeem(disabled, "someone", "order-9").as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertThat(((CouponNotRedeemable) e).reason()).isEqualTo(CouponNotRedeemable.Reason.DISABLED));
    coupons.redeem("NOSUCH42", "someone", "order-9").as(StepVerifier::create)
        .verifyErrorSatisfies(e -> assertThat(e).hasMessageContaining("No coupon has the code NOSUCH42"));
  }

  @BeforeEach
  void organizer() {
    organizer = CouponsTest.organizer(web);
  }

  private String issued(Map<String, Object> overrides) {
    String code = CouponsTest.uniqueCode();
    var coupon = CouponsTest.amountOff(code);
    if ("PERCENT_OFF".equals(overrides.get("kind"))) {
      coupon.remove("amountFen");
    }
    coupon.putAll(overrides);
    organizer.post("/api/coupons", coupon).expectStatus().isCreated();
    return code;
  }
}
