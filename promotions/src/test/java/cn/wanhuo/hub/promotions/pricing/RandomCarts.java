package cn.wanhuo.hub.promotions.pricing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Random but valid price requests: a few SKUs, campaigns with item rules, tiers and coupons of every kind. */
final class RandomCarts {

  static final List<String> CAMPAIGNS = List.of("spring-tea", "huizhou-culture", "flash");

  private RandomCarts() {}

  static PriceRequest cart(Random random) {
    var lines = new ArrayList<Line>();
    var rules = new HashMap<String, ItemRule>();
    var bought = new HashMap<String, Integer>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      var line = new Line("p" + i, "sku-" + random.nextInt(3), price(random), 1 + random.nextInt(5));
      lines.add(line);
      if (random.nextInt(10) < 6) {
        rules.put(line.key(), itemRule(random, line.listPriceFen()));
        bought.put(line.key(), random.nextInt(4));
      }
    }
    var orderRules = new ArrayList<OrderRule>();
    for (String campaign : CAMPAIGNS) {
      if (random.nextBoolean()) {
        orderRules.add(spendSave(random, campaign));
      }
    }
    var coupons = new ArrayList<Coupon>();
    int couponCount = random.nextInt(5);
    for (int i = 0; i < couponCount; i++) {
      coupons.add(coupon(random, "C" + i, random.nextInt(4) > 0));
    }
    return new PriceRequest(lines, rules, orderRules, coupons, bought);
  }

  static Coupon coupon(Random random, String code, boolean stackable) {
    @Nullable String campaign = random.nextInt(3) == 0 ? CAMPAIGNS.get(random.nextInt(CAMPAIGNS.size())) : null;
    long minSpend = random.nextBoolean() ? 0 : random.nextInt(60_000);
    return random.nextBoolean()
        ? new Coupon(code, Coupon.Kind.AMOUNT_OFF, 1 + random.nextInt(20_000), 0, minSpend, stackable, campaign)
        : new Coupon(code, Coupon.Kind.PERCENT_OFF, 0, 1 + random.nextInt(99), minSpend, stackable, campaign);
  }

  private static long price(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 1 + random.nextInt(20);
      case 1 -> random.nextInt(Integer.MAX_VALUE) % Line.MAX_PRICE_FEN;
      default -> 100 + random.nextInt(50_000);
    };
  }

  private static ItemRule itemRule(Random random, long listPriceFen) {
    String campaign = CAMPAIGNS.get(random.nextInt(CAMPAIGNS.size()));
    @Nullable Integer limit = random.nextBoolean() ? null : 1 + random.nextInt(4);
    if (listPriceFen > 0 && random.nextBoolean()) {
      return new ItemRule.FixedPrice(campaign, (long) (random.nextDouble() * listPriceFen), limit);
    }
    return new ItemRule.PercentOff(campaign, 1 + random.nextInt(99), limit);
  }

  private static OrderRule spendSave(Random random, String campaign) {
    var tiers = new ArrayList<OrderRule.Tier>();
    var thresholds = new java.util.HashSet<Long>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      long threshold = 1_000 + random.nextInt(100_000);
      if (thresholds.add(threshold)) {
        tiers.add(new OrderRule.Tier(threshold, 1 + (long) (random.nextDouble() * threshold)));
      }
    }
    return new OrderRule.SpendSave(campaign, tiers);
  }

  static Map<String, PricedLine> byKey(PriceQuote quote) {
    var lines = new HashMap<String, PricedLine>();
    quote.lines().forEach(line -> lines.put(line.key(), line));
    return lines;
  }
}
