package cn.wanhuo.hub.promotions.pricing;

import java.util.List;
import java.util.Optional;

/**
 * A priced cart and the whole explanation of its price. Lines come back in the order given; every figure is
 * independent of that order. {@code listTotalFen − itemDiscountFen − orderDiscountFen = totalFen}, and the lines'
 * {@code totalFen} sum to {@code totalFen}.
 *
 * @param adjustments order-level steps: spend-saves by campaign id, then coupons in the order applied, then the
 *     coupons not applied by code
 */
public record PriceQuote(List<PricedLine> lines, List<Adjustment> adjustments, long listTotalFen, long itemDiscountFen,
    long orderDiscountFen, long totalFen) {

  public PriceQuote {
    lines = List.copyOf(lines);
    adjustments = List.copyOf(adjustments);
  }

  /** Codes of the coupons applied, in the order applied: the ones to redeem when the order is placed. */
  public List<String> appliedCoupons() {
    return adjustments.stream()
        .filter(a -> a.code() == StepCode.COUPON_AMOUNT_OFF || a.code() == StepCode.COUPON_PERCENT_OFF)
        .map(Adjustment::couponCode)
        .toList();
  }

  public Optional<PricedLine> line(String productId, String skuCode) {
    return lines.stream().filter(l -> l.productId().equals(productId) && l.skuCode().equals(skuCode)).findFirst();
  }
}
