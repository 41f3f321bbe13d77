package cn.wanhuo.hub.promotions.pricing;

import java.util.Comparator;
import java.util.List;

/** Applies spend-save (满减) rules, one campaign at a time in campaign-id order; campaigns' lines never overlap. */
final class SpendSaving {

  private SpendSaving() {}

  static void apply(Cart cart, List<OrderRule> rules, List<Adjustment> explained) {
    rules.stream().sorted(Comparator.comparing(OrderRule::campaignId)).forEach(rule -> {
      switch (rule) {
        case OrderRule.SpendSave spendSave -> apply(cart, spendSave, explained);
      }
    });
  }

  private static void apply(Cart cart, OrderRule.SpendSave rule, List<Adjustment> explained) {
    if (!cart.hasLinesOf(rule.campaignId())) {
      return;
    }
    long subtotal = cart.amountOf(rule.campaignId());
    rule.reached(subtotal).ifPresentOrElse(tier -> {
      long saved = Math.min(tier.saveFen(), subtotal);
      cart.discount(StepCode.SPEND_SAVE, rule.campaignId(), rule.campaignId(), saved);
      explained.add(Adjustment.spendSave(rule.campaignId(), subtotal, tier, saved));
    }, () -> explained.add(Adjustment.spendSaveNotReached(rule.campaignId(), subtotal, rule.lowest())));
  }
}
