package cn.wanhuo.hub.promotions.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 满减 300-30 / 500-60 on a spring-tea campaign priced at ¥128 a box (list ¥158). */
class SpendSaveExamplesTest {

  static final OrderRule.SpendSave TIERS = new OrderRule.SpendSave("spring-tea",
      List.of(new OrderRule.Tier(50_000, 6_000), new OrderRule.Tier(30_000, 3_000)));

  static PriceRequest boxes(int quantity) {
    return PriceRequest.of(List.of(new Line("maofeng", "MF-250", 15_800, quantity), new Line("xuan-paper", "XP-1", 20_000, 1)))
        .withItemRule("maofeng", "MF-250", new ItemRule.FixedPrice("spring-tea", 12_800, null))
        .withOrderRule(TIERS);
  }

  @Test
  void explainsThatNoTierIsReachedBelowTheFirstThreshold() {
    var quote = PricingEngine.quote(boxes(2));

    assertThat(quote.adjustments()).singleElement().satisfies(step -> {
      assertThat(step.code()).isEqualTo(StepCode.SPEND_SAVE_NOT_REACHED);
      assertThat(step.baseFen()).isEqualTo(25_600);
      assertThat(step.tier()).isEqualTo(new OrderRule.Tier(30_000, 3_000));
    });
    assertThat(quote.totalFen()).isEqualTo(25_600 + 20_000);
  }

  @Test
  void savesThirtyYuanFromThreeHundredOnTheCampaignsGoodsOnly() {
    var quote = PricingEngine.quote(boxes(3));

    assertThat(quote.adjustments()).singleElement().satisfies(step -> {
      assertThat(step.code()).isEqualTo(StepCode.SPEND_SAVE);
      assertThat(step.baseFen()).isEqualTo(38_400);
      assertThat(step.amountFen()).isEqualTo(3_000);
    });
    assertThat(quote.listTotalFen()).isEqualTo(3 * 15_800 + 20_000);
    assertThat(quote.itemDiscountFen()).isEqualTo(3 * 3_000);
    assertThat(quote.orderDiscountFen()).isEqualTo(3_000);
    assertThat(quote.totalFen()).isEqualTo(35_400 + 20_000);
    assertThat(quote.line("xuan-paper", "XP-1").orElseThrow().allocations()).isEmpty();
    assertThat(quote.line("maofeng", "MF-250").orElseThrow().totalFen()).isEqualTo(35_400);
  }

  @Test
  void appliesOnlyTheHighestTierReached() {
    var quote = PricingEngine.quote(boxes(4));

    assertThat(quote.adjustments()).singleElement().satisfies(step -> {
      assertThat(step.baseFen()).isEqualTo(51_200);
      assertThat(step.tier()).isEqualTo(new OrderRule.Tier(50_000, 6_000));
      assertThat(step.amountFen()).isEqualTo(6_000);
    });
    assertThat(quote.totalFen()).isEqualTo(45_200 + 20_000);
  }

  @Test
  void countsTheSubtotalAfterItemRulesSoListPricedGoodsDoNotReachATier() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("maofeng", "MF-250", 15_800, 2)))
        .withItemRule("maofeng", "MF-250", new ItemRule.FixedPrice("spring-tea", 12_800, null))
        .withOrderRule(TIERS));

    // 2 × ¥158 list would reach ¥300, but the campaign price makes it ¥256.
    assertThat(quote.adjustments()).extracting(Adjustment::code).containsExactly(StepCode.SPEND_SAVE_NOT_REACHED);
  }

  @Test
  void splitsTheSavingOverTheCampaignsLinesInProportion() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("maofeng", "MF-250", 15_800, 2), new Line("guapian", "GP-1", 20_000, 1)))
        .withItemRule("maofeng", "MF-250", new ItemRule.FixedPrice("spring-tea", 12_800, null))
        .withItemRule("guapian", "GP-1", new ItemRule.PercentOff("spring-tea", 10, null))
        .withOrderRule(TIERS));

    // 25,600 + 18,000 = 43,600 reaches ¥300: 3,000 split 25,600 : 18,000 → 1,761.47… and 1,238.53… → 1,761 and 1,239.
    assertThat(quote.line("maofeng", "MF-250").orElseThrow().allocations())
        .containsExactly(new Allocation(StepCode.SPEND_SAVE, "spring-tea", 1_761));
    assertThat(quote.line("guapian", "GP-1").orElseThrow().allocations())
        .containsExactly(new Allocation(StepCode.SPEND_SAVE, "spring-tea", 1_239));
    assertThat(quote.totalFen()).isEqualTo(40_600);
  }
}
