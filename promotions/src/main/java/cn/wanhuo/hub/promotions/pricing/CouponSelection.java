package cn.wanhuo.hub.promotions.pricing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chooses and applies the coupons: either every eligible stackable coupon together, or one non-stackable coupon
 * alone, whichever leaves the buyer the lowest total (ties: the stackable set, then the non-stackable coupon with
 * the smallest code). Eligibility (campaign goods present, minimum spend) is judged on the amounts before any
 * coupon. Stackable coupons apply amount-off first, then percent-off, each group in code order.
 */
final class CouponSelection {

  private static final Comparator<Coupon> APPLICATION_ORDER = Comparator
      .comparing((Coupon c) -> c.kind() == Coupon.Kind.AMOUNT_OFF ? 0 : 1)
      .thenComparing(Coupon::code);

  private CouponSelection() {}

  /** One way to use the coupons: the cart after them, what applied, and what turned out to take nothing off. */
  private record Option(@Nullable Coupon alone, Cart cart, List<Adjustment> applied, List<Adjustment> idle) {}

  /** Applies the best choice of coupons and explains every coupon; answers the cart after coupons. */
  static Cart apply(Cart cart, List<Coupon> coupons, List<Adjustment> explained) {
    var refused = new ArrayList<Adjustment>();
    var eligible = new ArrayList<Coupon>();
    for (Coupon coupon : coupons.stream().sorted(Comparator.comparing(Coupon::code)).toList()) {
      long base = cart.amountOf(coupon.campaignId());
      if (!cart.hasLinesOf(coupon.campaignId())) {
        refused.add(Adjustment.couponRefused(coupon, base, CouponRefusal.NO_ELIGIBLE_GOODS, null));
      } else if (base < coupon.minSpendFen()) {
        refused.add(Adjustment.couponRefused(coupon, base, CouponRefusal.BELOW_MIN_SPEND, null));
      } else {
        eligible.add(coupon);
      }
    }
    var stacked = tryOut(cart, null, eligible.stream().filter(Coupon::stackable).sorted(APPLICATION_ORDER).toList());
    Option best = stacked;
    var alone = new ArrayList<Option>();
    for (Coupon coupon : eligible.stream().filter(c -> !c.stackable()).toList()) {
      var option = tryOut(cart, coupon, List.of(coupon));
      if (option.applied().isEmpty()) {
        refused.addAll(option.idle());
        continue;
      }
      alone.add(option);
      if (option.cart().total() < best.cart().total()) {
        best = option;
      }
    }
    explained.addAll(best.applied());
    refused.addAll(best.idle());
    refused.addAll(losers(cart, best, stacked, alone));
    refused.sort(Comparator.comparing(a -> String.valueOf(a.couponCode())));
    explained.addAll(refused);
    return best.cart();
  }

  private static Option tryOut(Cart before, @Nullable Coupon alone, List<Coupon> inOrder) {
    var cart = before.copy();
    var applied = new ArrayList<Adjustment>();
    var idle = new ArrayList<Adjustment>();
    for (Coupon coupon : inOrder) {
      long base = cart.amountOf(coupon.campaignId());
      long discount = coupon.discountOn(base);
      if (discount == 0) {
        idle.add(Adjustment.couponRefused(coupon, base, CouponRefusal.NOTHING_TO_DISCOUNT, null));
        continue;
      }
      var code = coupon.kind() == Coupon.Kind.AMOUNT_OFF ? StepCode.COUPON_AMOUNT_OFF : StepCode.COUPON_PERCENT_OFF;
      cart.discount(code, coupon.code(), coupon.campaignId(), discount);
      applied.add(Adjustment.couponApplied(coupon, base, discount));
    }
    return new Option(alone, cart, applied, idle);
  }

  /** Explains the coupons of the options not chosen. */
  private static List<Adjustment> losers(Cart before, Option best, Option stacked, List<Option> alone) {
    var explained = new ArrayList<Adjustment>();
    @Nullable String winner = best.alone() == null ? null : best.alone().code();
    if (best != stacked) {
      for (Adjustment adjustment : stacked.applied()) {
        explained.add(refusedAgain(adjustment, before, CouponRefusal.EXCLUDED_BY_NON_STACKABLE, winner));
      }
      stacked.idle().stream().map(a -> refusedAgain(a, before, CouponRefusal.EXCLUDED_BY_NON_STACKABLE, winner)).forEach(explained::add);
    }
    for (Option option : alone) {
      if (option != best) {
        explained.add(refusedAgain(option.applied().getFirst(), before, CouponRefusal.BETTER_CHOICE_APPLIED, winner));
      }
    }
    return explained;
  }

  private static Adjustment refusedAgain(Adjustment tried, Cart before, CouponRefusal reason, @Nullable String excludedBy) {
    return new Adjustment(StepCode.COUPON_NOT_APPLIED, tried.campaignId(), tried.couponCode(), before.amountOf(tried.campaignId()),
        0, null, tried.percentOff(), tried.minSpendFen(), reason, excludedBy);
  }
}
