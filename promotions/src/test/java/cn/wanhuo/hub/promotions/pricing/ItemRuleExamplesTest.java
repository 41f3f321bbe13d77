package cn.wanhuo.hub.promotions.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Campaign unit prices, their rounding, and per-buyer limits. */
class ItemRuleExamplesTest {

  @Test
  void showsTheFixedCampaignPriceAsTheUnitPrice() {
    assertThat(PricingEngine.unitPrice(15_800, new ItemRule.FixedPrice("c", 12_800, null))).isEqualTo(12_800);
  }

  @Test
  void roundsAPercentageDiscountHalfUpPerUnit() {
    // 15 % of 999 fen is 149.85 → 150; 15 % of 10 fen is 1.5 → 2; 12 % of 1,250 is exactly 150.
    assertThat(PricingEngine.unitPrice(999, new ItemRule.PercentOff("c", 15, null))).isEqualTo(849);
    assertThat(PricingEngine.unitPrice(10, new ItemRule.PercentOff("c", 15, null))).isEqualTo(8);
    assertThat(PricingEngine.unitPrice(1_250, new ItemRule.PercentOff("c", 12, null))).isEqualTo(1_100);
  }

  @Test
  void chargesTheRoundedUnitPriceForEveryUnit() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("p", "S", 999, 3)))
        .withItemRule("p", "S", new ItemRule.PercentOff("c", 15, null)));

    assertThat(quote.lines().getFirst().steps())
        .containsExactly(new LineStep(StepCode.PERCENT_OFF, "c", 3, 849, 450, 15, null, null));
    assertThat(quote.totalFen()).isEqualTo(3 * 849);
  }

  @Test
  void pricesUnitsBeyondThePerBuyerLimitAtListPrice() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("maofeng", "MF-250", 15_800, 3)))
        .withItemRule("maofeng", "MF-250", new ItemRule.FixedPrice("spring-tea", 12_800, 2))
        .withAlreadyBought("maofeng", "MF-250", 1));

    var line = quote.lines().getFirst();
    assertThat(line.unitsAtCampaignPrice()).isEqualTo(1);
    assertThat(line.unitsAtListPrice()).isEqualTo(2);
    assertThat(line.steps()).containsExactly(
        new LineStep(StepCode.CAMPAIGN_FIXED_PRICE, "spring-tea", 1, 12_800, 3_000, null, null, null),
        new LineStep(StepCode.PER_BUYER_LIMIT, "spring-tea", 2, 15_800, 0, null, 2, 1));
    assertThat(line.totalFen()).isEqualTo(12_800 + 2 * 15_800);
  }

  @Test
  void givesNoCampaignPriceOnceTheBuyerHasUsedTheLimit() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("maofeng", "MF-250", 15_800, 1)))
        .withItemRule("maofeng", "MF-250", new ItemRule.FixedPrice("spring-tea", 12_800, 2))
        .withAlreadyBought("maofeng", "MF-250", 5));

    var line = quote.lines().getFirst();
    assertThat(line.campaignUnitFen()).isEqualTo(12_800);
    assertThat(line.unitsAtCampaignPrice()).isZero();
    assertThat(line.steps()).extracting(LineStep::code).containsExactly(StepCode.PER_BUYER_LIMIT);
    assertThat(quote.totalFen()).isEqualTo(15_800);
  }

  @Test
  void leavesLinesWithoutAnItemRuleAtListPrice() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("p", "S", 4_200, 2))));

    var line = quote.lines().getFirst();
    assertThat(line.campaignUnitFen()).isNull();
    assertThat(line.steps()).isEmpty();
    assertThat(quote.totalFen()).isEqualTo(8_400);
    assertThat(quote.itemDiscountFen()).isZero();
  }

  @Test
  void keepsTheLinesInTheOrderGiven() {
    var quote = PricingEngine.quote(PriceRequest.of(List.of(new Line("z", "S", 100, 1), new Line("a", "S", 100, 1))));

    assertThat(quote.lines()).extracting(PricedLine::productId).containsExactly("z", "a");
  }
}
