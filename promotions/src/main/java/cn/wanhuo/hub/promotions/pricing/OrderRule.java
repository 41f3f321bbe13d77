package cn.wanhuo.hub.promotions.pricing;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A campaign rule on the order as a whole, applied after item rules and before coupons. */
public sealed interface OrderRule permits OrderRule.SpendSave {

  String campaignId();

  /** Spend {@code thresholdFen} or more, save {@code saveFen}; 0 < save ≤ threshold. */
  record Tier(long thresholdFen, long saveFen) {
    public Tier {
      InvalidPriceRequest.check(thresholdFen > 0, "thresholdFen", "a tier's threshold must be positive, was " + thresholdFen);
      InvalidPriceRequest.check(saveFen > 0 && saveFen <= thresholdFen, "saveFen",
          "a tier saves more than 0 and at most its threshold " + thresholdFen + ", was " + saveFen);
    }
  }

  /**
   * Tiered spend-X-save-Y (满减) on the campaign's lines: the highest tier whose threshold the campaign's subtotal
   * after item rules reaches applies, once. Tiers are kept sorted by threshold; thresholds are distinct.
   */
  record SpendSave(String campaignId, List<Tier> tiers) implements OrderRule {
    public SpendSave {
      InvalidPriceRequest.requireText(campaignId, "campaignId");
      InvalidPriceRequest.check(!tiers.isEmpty(), "tiers", "a spend-save rule needs at least one tier");
      InvalidPriceRequest.check(new HashSet<>(tiers.stream().map(Tier::thresholdFen).toList()).size() == tiers.size(),
          "tiers", "tier thresholds must be distinct");
      tiers = tiers.stream().sorted(Comparator.comparingLong(Tier::thresholdFen)).toList();
    }

    /** The highest tier the subtotal reaches, if any. */
    public Optional<Tier> reached(long subtotalFen) {
      return tiers.reversed().stream().filter(tier -> subtotalFen >= tier.thresholdFen()).findFirst();
    }

    public Tier lowest() {
      return tiers.getFirst();
    }
  }
}
