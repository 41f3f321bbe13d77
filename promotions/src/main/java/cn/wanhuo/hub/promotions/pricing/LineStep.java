package cn.wanhuo.hub.promotions.pricing;

import org.jspecify.annotations.Nullable;

/**
 * One step in pricing a line's units.
 *
 * @param units the units this step prices
 * @param unitPriceFen what each of those units costs after the step
 * @param savingFen what the step saves over those units against the list price (0 for {@link StepCode#PER_BUYER_LIMIT})
 * @param percentOff for {@link StepCode#PERCENT_OFF}
 * @param perBuyerLimit for {@link StepCode#PER_BUYER_LIMIT}
 * @param alreadyBought for {@link StepCode#PER_BUYER_LIMIT}
 */
public record LineStep(StepCode code, String campaignId, int units, long unitPriceFen, long savingFen,
    @Nullable Integer percentOff, @Nullable Integer perBuyerLimit, @Nullable Integer alreadyBought) {

  static LineStep campaignPrice(ItemRule rule, int units, long listPriceFen, long unitPriceFen) {
    long saving = (listPriceFen - unitPriceFen) * units;
    return switch (rule) {
      case ItemRule.FixedPrice fixed -> new LineStep(StepCode.CAMPAIGN_FIXED_PRICE, fixed.campaignId(), units, unitPriceFen, saving, null, null, null);
      case ItemRule.PercentOff off -> new LineStep(StepCode.PERCENT_OFF, off.campaignId(), units, unitPriceFen, saving, off.percentOff(), null, null);
    };
  }

  static LineStep beyondLimit(ItemRule rule, int units, long listPriceFen, int alreadyBought) {
    return new LineStep(StepCode.PER_BUYER_LIMIT, rule.campaignId(), units, listPriceFen, 0, null, rule.perBuyerLimit(), alreadyBought);
  }
}
