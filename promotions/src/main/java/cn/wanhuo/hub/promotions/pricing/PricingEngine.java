package cn.wanhuo.hub.promotions.pricing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one pricing engine of the hub: the pavilion, checkout and every platform connector call it, so a consumer
 * and a platform see the same figure. Pure and deterministic: no I/O, no clock, no randomness.
 *
 * <h2>Order of application</h2>
 * <ol>
 *   <li><b>Item rules</b>, per unit: a campaign's fixed price ({@link ItemRule.FixedPrice}, must be below list) or
 *       percentage off ({@link ItemRule.PercentOff}). With a per-buyer limit, only {@code limit − alreadyBought}
 *       units (never fewer than 0) get the campaign price; the rest of the line is priced at list price
 *       ({@link StepCode#PER_BUYER_LIMIT}).</li>
 *   <li><b>Spend-save</b> (满减, {@link OrderRule.SpendSave}): per campaign, on the subtotal of that campaign's lines
 *       after item rules (units beyond a limit included); the highest tier reached applies once.</li>
 *   <li><b>Coupons</b>: eligibility (the campaign has lines here; the scope's amount after steps 1–2 reaches the
 *       minimum spend) is judged before any coupon. Then either all eligible stackable coupons apply together,
 *       amount-off before percent-off and each group in code order, or one non-stackable coupon applies alone,
 *       whichever gives the buyer the lowest total; ties go to the stackable set, then to the smallest code.
 *       Every coupon not applied is explained with a {@link CouponRefusal}.</li>
 * </ol>
 *
 * <h2>Rounding and bounds</h2>
 * Money is integer fen. The one rounding is of percentage discounts, half-up to the fen (the buyer gets the half
 * fen): per unit for item rules (so unit price × units is the line), once on the scope's amount for a percent-off
 * coupon. No discount exceeds what it applies to, so every figure stays ≥ 0, and no step raises a price, so
 * no line and no total exceeds its list figure. Order-level amounts are allocated back to the lines of their
 * scope in proportion to what each line still pays, by largest remainder, so lines sum exactly to the total.
 */
public final class PricingEngine {

  private PricingEngine() {}

  /** Prices a cart and explains every figure. */
  public static PriceQuote quote(PriceRequest request) {
    List<Line> inKeyOrder = request.lines().stream().sorted(Comparator.comparing(Line::key)).toList();
    var itemPriced = new ArrayList<PricedLine>();
    var campaigns = new ArrayList<@Nullable String>();
    long[] amounts = new long[inKeyOrder.size()];
    for (int i = 0; i < inKeyOrder.size(); i++) {
      Line line = inKeyOrder.get(i);
      ItemRule rule = request.itemRules().get(line.key());
      PricedLine priced = LinePricing.price(line, rule, request.alreadyBought().getOrDefault(line.key(), 0));
      itemPriced.add(priced);
      campaigns.add(rule == null ? null : rule.campaignId());
      amounts[i] = priced.itemTotalFen();
    }
    var adjustments = new ArrayList<Adjustment>();
    var cart = new Cart(campaigns, amounts);
    SpendSaving.apply(cart, request.orderRules(), adjustments);
    cart = CouponSelection.apply(cart, request.coupons(), adjustments);
    return explained(request.lines(), itemPriced, cart, adjustments);
  }

  /**
   * The campaign unit price of one SKU under an item rule, as the pavilion shows it and as {@link #quote} charges it
   * for units within the limit.
   *
   * @throws InvalidPriceRequest for a negative list price or a fixed price not below the list price
   */
  public static long unitPrice(long listPriceFen, ItemRule rule) {
    InvalidPriceRequest.check(listPriceFen >= 0, "listPriceFen", "list price must not be negative, was " + listPriceFen);
    return switch (rule) {
      case ItemRule.FixedPrice fixed -> {
        InvalidPriceRequest.check(fixed.priceFen() < listPriceFen, "priceFen", "campaign " + fixed.campaignId()
            + "'s price " + fixed.priceFen() + " fen must be below the list price " + listPriceFen + " fen");
        yield fixed.priceFen();
      }
      case ItemRule.PercentOff off -> listPriceFen - Fen.percentOf(listPriceFen, off.percentOff());
    };
  }

  private static PriceQuote explained(List<Line> asGiven, List<PricedLine> itemPriced, Cart cart, List<Adjustment> adjustments) {
    var byKey = new HashMap<String, PricedLine>();
    long listTotal = 0;
    long itemTotal = 0;
    for (int i = 0; i < itemPriced.size(); i++) {
      PricedLine line = itemPriced.get(i);
      listTotal += line.listTotalFen();
      itemTotal += line.itemTotalFen();
      byKey.put(line.key(), new PricedLine(line.productId(), line.skuCode(), line.quantity(), line.listUnitFen(),
          line.listTotalFen(), line.campaignUnitFen(), line.unitsAtCampaignPrice(), line.unitsAtListPrice(),
          line.itemTotalFen(), line.steps(), cart.allocations(i), cart.amount(i)));
    }
    List<PricedLine> lines = asGiven.stream().map(line -> byKey.get(line.key())).toList();
    long total = cart.total();
    return new PriceQuote(lines, adjustments, listTotal, listTotal - itemTotal, itemTotal - total, total);
  }
}
