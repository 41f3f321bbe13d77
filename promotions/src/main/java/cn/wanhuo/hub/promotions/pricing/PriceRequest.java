package cn.wanhuo.hub.promotions.pricing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to price one buyer's cart. Maps are keyed by {@link Line#key(String, String)}.
 *
 * @param lines at most {@value #MAX_LINES}, one per SKU
 * @param itemRules the campaign price of each SKU that has one; keys without a line are ignored
 * @param orderRules at most one per campaign
 * @param coupons already checked by the coupon service; distinct codes
 * @param alreadyBought units of each SKU the buyer bought earlier in the same campaign, for per-buyer limits
 */
public record PriceRequest(List<Line> lines, Map<String, ItemRule> itemRules, List<OrderRule> orderRules,
    List<Coupon> coupons, Map<String, Integer> alreadyBought) {

  public static final int MAX_LINES = 200;

  public PriceRequest {
    lines = List.copyOf(lines);
    itemRules = Map.copyOf(itemRules);
    orderRules = List.copyOf(orderRules);
    coupons = List.copyOf(coupons);
    alreadyBought = Map.copyOf(alreadyBought);
    InvalidPriceRequest.check(lines.size() <= MAX_LINES, "lines", "a cart holds at most " + MAX_LINES + " lines");
    InvalidPriceRequest.check(distinct(lines.stream().map(Line::key).toList()), "lines", "each SKU may appear on one line only");
    InvalidPriceRequest.check(distinct(orderRules.stream().map(OrderRule::campaignId).toList()), "orderRules",
        "at most one order rule per campaign");
    InvalidPriceRequest.check(distinct(coupons.stream().map(Coupon::code).toList()), "coupons", "each coupon code may be given once");
    alreadyBought.forEach((key, units) -> InvalidPriceRequest.check(units >= 0, "alreadyBought",
        "units already bought of " + key + " must not be negative, was " + units));
  }

  /** A cart without rules or coupons; add them with the {@code with…} methods. */
  public static PriceRequest of(List<Line> lines) {
    return new PriceRequest(lines, Map.of(), List.of(), List.of(), Map.of());
  }

  public PriceRequest withItemRule(String productId, String skuCode, ItemRule rule) {
    var rules = new HashMap<>(itemRules);
    rules.put(Line.key(productId, skuCode), rule);
    return new PriceRequest(lines, rules, orderRules, coupons, alreadyBought);
  }

  public PriceRequest withOrderRule(OrderRule rule) {
    return new PriceRequest(lines, itemRules, plus(orderRules, rule), coupons, alreadyBought);
  }

  public PriceRequest withCoupon(Coupon coupon) {
    return new PriceRequest(lines, itemRules, orderRules, plus(coupons, coupon), alreadyBought);
  }

  public PriceRequest withAlreadyBought(String productId, String skuCode, int units) {
    var bought = new HashMap<>(alreadyBought);
    bought.put(Line.key(productId, skuCode), units);
    return new PriceRequest(lines, itemRules, orderRules, coupons, bought);
  }

  private static <T> List<T> plus(List<T> list, T item) {
    var longer = new ArrayList<>(list);
    longer.add(item);
    return longer;
  }

  private static boolean distinct(List<String> values) {
    return new HashSet<>(values).size() == values.size();
  }
}
