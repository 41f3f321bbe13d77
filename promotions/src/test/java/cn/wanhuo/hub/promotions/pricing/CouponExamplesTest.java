package cn.wanhuo.hub.promotions.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Coupons on top of campaign prices: minimum spend, stacking, and the non-stackable best choice. */
class CouponExamplesTest {

  static PriceRequest teaAtCampaignPrice() {
    return PriceRequest.of(List.of(new Line("keemun", "KM-1", 12_800, 2)))
        .withItemRule("keemun", "KM-1", new ItemRule.FixedPrice("keemun-week", 9_900, null));
  }

  static PriceRequest cartOf(long fen) {
    return PriceRequest.of(List.of(new Line("inkstick", "HM-1", fen, 1)));
  }

  @Test
  void takesACouponOffTheCampaignPrice() {
    var quote = PricingEngine.quote(teaAtCampaignPrice().withCoupon(Coupon.amountOff("TEA20", 2_000, 15_000, true)));

    var line = quote.lines().getFirst();
    assertThat(line.campaignUnitFen()).isEqualTo(9_900);
    assertThat(line.steps()).containsExactly(new LineStep(StepCode.CAMPAIGN_FIXED_PRICE, "keemun-week", 2, 9_900, 5_800, null, null, null));
    assertThat(quote.adjustments()).singleElement().satisfies(step -> {
      assertThat(step.code()).isEqualTo(StepCode.COUPON_AMOUNT_OFF);
      assertThat(step.baseFen()).isEqualTo(19_800);
      assertThat(step.amountFen()).isEqualTo(2_000);
    });
    assertThat(quote.totalFen()).isEqualTo(17_800);
    assertThat(quote.appliedCoupons()).containsExactly("TEA20");
  }

  @Test
  void judgesTheMinimumSpendOnTheCampaignPriceNotTheListPrice() {
    // List 25,600 would reach ¥200; the buyer pays 19,800.
    var quote = PricingEngine.quote(teaAtCampaignPrice().withCoupon(Coupon.amountOff("BIG30", 3_000, 20_000, true)));

    assertThat(quote.adjustments()).singleElement().satisfies(step -> {
      assertThat(step.code()).isEqualTo(StepCode.COUPON_NOT_APPLIED);
      assertThat(step.reason()).isEqualTo(CouponRefusal.BELOW_MIN_SPEND);
      assertThat(step.baseFen()).isEqualTo(19_800);
      assertThat(step.minSpendFen()).isEqualTo(20_000);
    });
    assertThat(quote.totalFen()).isEqualTo(19_800);
    assertThat(quote.appliedCoupons()).isEmpty();
  }

  @Test
  void appliesStackableAmountOffBeforePercentOff() {
    var quote = PricingEngine.quote(cartOf(50_000)
        .withCoupon(Coupon.percentOff("AAA5", 5, 0, true))
        .withCoupon(Coupon.amountOff("ZZZ30", 3_000, 0, true)));

    // 50,000 − 3,000 = 47,000; 5 % of it is 2,350.
    assertThat(quote.adjustments()).extracting(Adjustment::couponCode, Adjustment::baseFen, Adjustment::amountFen)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ZZZ30", 50_000L, 3_000L), org.assertj.core.groups.Tuple.tuple("AAA5", 47_000L, 2_350L));
    assertThat(quote.totalFen()).isEqualTo(44_650);
  }

  @Test
  void prefersTheStackableSetWhenItSavesMoreThanTheNonStackableCoupon() {
    var quote = PricingEngine.quote(cartOf(50_000)
        .withCoupon(Coupon.amountOff("STACK30", 3_000, 0, true))
        .withCoupon(Coupon.percentOff("STACK5", 5, 0, true))
        .withCoupon(Coupon.percentOff("SOLO10", 10, 0, false)));

    assertThat(quote.totalFen()).isEqualTo(44_650);
    assertThat(quote.appliedCoupons()).containsExactly("STACK30", "STACK5");
    assertThat(refusal(quote, "SOLO10").reason()).isEqualTo(CouponRefusal.BETTER_CHOICE_APPLIED);
  }

  @Test
  void choosesTheNonStackableCouponAloneWhenItSavesTheBuyerMost() {
    var quote = PricingEngine.quote(cartOf(50_000)
        .withCoupon(Coupon.amountOff("STACK30", 3_000, 0, true))
        .withCoupon(Coupon.percentOff("STACK5", 5, 0, true))
        .withCoupon(Coupon.percentOff("SOLO20", 20, 0, false))
        .withCoupon(Coupon.amountOff("SOLO50", 5_000, 0, false)));

    assertThat(quote.totalFen()).isEqualTo(40_000);
    assertThat(quote.appliedCoupons()).containsExactly("SOLO20");
    assertThat(refusal(quote, "STACK30").reason()).isEqualTo(CouponRefusal.EXCLUDED_BY_NON_STACKABLE);
    assertThat(refusal(quote, "STACK30").excludedBy()).isEqualTo("SOLO20");
    assertThat(refusal(quote, "STACK5").excludedBy()).isEqualTo("SOLO20");
    assertThat(refusal(quote, "SOLO50").reason()).isEqualTo(CouponRefusal.BETTER_CHOICE_APPLIED);
  }

  @Test
  void breaksATieInFavourOfTheStackableSet() {
    var quote = PricingEngine.quote(cartOf(10_000)
        .withCoupon(Coupon.amountOff("SOLO10", 1_000, 0, false))
        .withCoupon(Coupon.amountOff("STACK10", 1_000, 0, true)));

    assertThat(quote.appliedCoupons()).containsExactly("STACK10");
  }

  @Test
  void limitsACampaignCouponToThatCampaignsLines() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("keemun", "KM-1", 12_800, 2), new Line("inkstick", "HM-1", 30_000, 1)))
        .withItemRule("keemun", "KM-1", new ItemRule.FixedPrice("keemun-week", 9_900, null))
        .withCoupon(Coupon.percentOff("KW10", 10, 0, true).forCampaign("keemun-week"))
        .withCoupon(Coupon.amountOff("GONE", 500, 0, true).forCampaign("ended-campaign")));

    assertThat(quote.adjustments().getFirst().amountFen()).isEqualTo(1_980);
    assertThat(quote.line("inkstick", "HM-1").orElseThrow().totalFen()).isEqualTo(30_000);
    assertThat(refusal(quote, "GONE").reason()).isEqualTo(CouponRefusal.NO_ELIGIBLE_GOODS);
  }

  @Test
  void neverTakesACouponBeyondWhatIsLeftToPay() {
    var quote = PricingEngine.quote(cartOf(800).withCoupon(Coupon.amountOff("NOTHRESHOLD", 1_000, 0, true)));

    assertThat(quote.adjustments().getFirst().amountFen()).isEqualTo(800);
    assertThat(quote.totalFen()).isZero();
  }

  @Test
  void roundsAPercentCouponHalfUpOnceOnTheScope() {
    // 15 % of 1,010 fen is 151.5 fen: the buyer gets the half fen.
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("a", "A", 505, 1), new Line("b", "B", 505, 1)))
        .withCoupon(Coupon.percentOff("P15", 15, 0, true)));

    assertThat(quote.orderDiscountFen()).isEqualTo(152);
    assertThat(quote.lines()).extracting(PricedLine::totalFen).containsExactly(505 - 76L, 505 - 76L);
  }

  static Adjustment refusal(PriceQuote quote, String code) {
    return quote.adjustments().stream().filter(a -> code.equals(a.couponCode()) && a.code() == StepCode.COUPON_NOT_APPLIED)
        .findFirst().orElseThrow();
  }
}
