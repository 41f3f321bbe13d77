package cn.wanhuo.hub.promotions.pricing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs the engine refuses, each with the field named. */
class PriceRequestValidationTest {

  @Test
  void refusesANegativeListPrice() {
    assertThatThrownBy(() -> new Line("p", "S", -1, 1)).isInstanceOf(InvalidPriceRequest.class).hasMessageContaining("list price");
  }

  @Test
  void refusesAZeroQuantity() {
    assertThatThrownBy(() -> new Line("p", "S", 100, 0)).isInstanceOf(InvalidPriceRequest.class).hasMessageContaining("quantity");
  }

  @Test
  void refusesPercentagesOutOfRange() {
    assertThatThrownBy(() -> new ItemRule.PercentOff("c", 0, null)).isInstanceOf(InvalidPriceRequest.class);
    assertThatThrownBy(() -> new ItemRule.PercentOff("c", 100, null)).isInstanceOf(InvalidPriceRequest.class);
    assertThatThrownBy(() -> Coupon.percentOff("P", 100, 0, true)).isInstanceOf(InvalidPriceRequest.class);
  }

  @Test
  void refusesAFixedCampaignPriceNotBelowTheListPrice() {
    var request = PriceRequest.of(List.of(new Line("p", "S", 100, 1))).withItemRule("p", "S", new ItemRule.FixedPrice("c", 100, null));

    assertThatThrownBy(() -> PricingEngine.quote(request)).isInstanceOf(InvalidPriceRequest.class)
        .hasMessageContaining("must be below the list price");
  }

  @Test
  void refusesAZeroPerBuyerLimitAndNegativePurchaseCounts() {
    assertThatThrownBy(() -> new ItemRule.FixedPrice("c", 10, 0)).isInstanceOf(InvalidPriceRequest.class);
    assertThatThrownBy(() -> PriceRequest.of(List.of()).withAlreadyBought("p", "S", -1)).isInstanceOf(InvalidPriceRequest.class);
  }

  @Test
  void refusesTheSameSkuOnTwoLinesAndTheSameCouponTwice() {
    assertThatThrownBy(() -> PriceRequest.of(List.of(new Line("p", "S", 100, 1), new Line("p", "S", 100, 2))))
        .isInstanceOf(InvalidPriceRequest.class);
    assertThatThrownBy(() -> PriceRequest.of(List.of()).withCoupon(Coupon.amountOff("A", 1, 0, true)).withCoupon(Coupon.amountOff("A", 2, 0, true)))
        .isInstanceOf(InvalidPriceRequest.class);
  }

  @Test
  void refusesTiersThatSaveMoreThanTheirThresholdOrRepeatOne() {
    assertThatThrownBy(() -> new OrderRule.Tier(1_000, 1_001)).isInstanceOf(InvalidPriceRequest.class);
    assertThatThrownBy(() -> new OrderRule.SpendSave("c", List.of(new OrderRule.Tier(1_000, 10), new OrderRule.Tier(1_000, 20))))
        .isInstanceOf(InvalidPriceRequest.class);
  }

  @Test
  void refusesAnAmountOffCouponWithoutAnAmount() {
    assertThatThrownBy(() -> Coupon.amountOff("A", 0, 0, true)).isInstanceOf(InvalidPriceRequest.class).hasMessageContaining("positive");
  }
}
