package cn.wanhuo.hub.promotions.pricing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Item rules and per-buyer limits on one line: the first stage of pricing. */
final class LinePricing {

  private LinePricing() {}

  /** The line after its item rule; order-level allocations and the final total are filled in later. */
  static PricedLine price(Line line, @Nullable ItemRule rule, int alreadyBought) {
    if (rule == null) {
      return new PricedLine(line.productId(), line.skuCode(), line.quantity(), line.listPriceFen(), line.listTotalFen(),
          null, 0, line.quantity(), line.listTotalFen(), List.of(), List.of(), line.listTotalFen());
    }
    long unitPrice = PricingEngine.unitPrice(line.listPriceFen(), rule);
    int atCampaignPrice = unitsAtCampaignPrice(line.quantity(), rule.perBuyerLimit(), alreadyBought);
    int atListPrice = line.quantity() - atCampaignPrice;
    var steps = new ArrayList<LineStep>();
    if (atCampaignPrice > 0) {
      steps.add(LineStep.campaignPrice(rule, atCampaignPrice, line.listPriceFen(), unitPrice));
    }
    if (atListPrice > 0) {
      steps.add(LineStep.beyondLimit(rule, atListPrice, line.listPriceFen(), alreadyBought));
    }
    long itemTotal = atCampaignPrice * unitPrice + atListPrice * line.listPriceFen();
    return new PricedLine(line.productId(), line.skuCode(), line.quantity(), line.listPriceFen(), line.listTotalFen(),
        unitPrice, atCampaignPrice, atListPrice, itemTotal, steps, List.of(), itemTotal);
  }

  private static int unitsAtCampaignPrice(int quantity, @Nullable Integer limit, int alreadyBought) {
    if (limit == null) {
      return quantity;
    }
    return Math.clamp((long) limit - alreadyBought, 0, quantity);
  }
}
