package cn.wanhuo.hub.promotions.pricing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A line's price, explained: list price, how many units got the campaign price and how many list price, each
 * step, and its share of every order-level adjustment.
 *
 * @param campaignUnitFen the campaign unit price of the SKU, null without an item rule
 * @param itemTotalFen the line after item rules, before order-level adjustments
 * @param allocations the line's shares of spend-saves and coupons; they sum exactly to each adjustment's amount
 * @param totalFen what the buyer pays for the line: {@code itemTotalFen} minus its allocations
 */
public record PricedLine(String productId, String skuCode, int quantity, long listUnitFen, long listTotalFen,
    @Nullable Long campaignUnitFen, int unitsAtCampaignPrice, int unitsAtListPrice, long itemTotalFen,
    List<LineStep> steps, List<Allocation> allocations, long totalFen) {

  public PricedLine {
    steps = List.copyOf(steps);
    allocations = List.copyOf(allocations);
  }

  public String key() {
    return Line.key(productId, skuCode);
  }
}
