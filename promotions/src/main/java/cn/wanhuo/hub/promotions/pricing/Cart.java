package cn.wanhuo.hub.promotions.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The amounts still payable per line while order-level steps are applied, with each line's allocations. Lines are
 * held in key order so every tie is broken the same way whatever order the cart came in. Copies are cheap, so
 * the coupon choice can try each option on its own copy.
 */
final class Cart {

  private final List<@Nullable String> campaigns;
  private final long[] amounts;
  private final List<List<Allocation>> allocations;

  Cart(List<@Nullable String> campaigns, long[] amounts) {
    this(campaigns, amounts.clone(), campaigns.stream().map(c -> (List<Allocation>) new ArrayList<Allocation>()).toList());
  }

  private Cart(List<@Nullable String> campaigns, long[] amounts, List<List<Allocation>> allocations) {
    this.campaigns = campaigns;
    this.amounts = amounts;
    this.allocations = allocations;
  }

  Cart copy() {
    return new Cart(campaigns, amounts.clone(), allocations.stream().map(a -> (List<Allocation>) new ArrayList<>(a)).toList());
  }

  /** Whether any line belongs to the campaign; null stands for the whole order. */
  boolean hasLinesOf(@Nullable String campaignId) {
    return campaignId == null ? !campaigns.isEmpty() : campaigns.contains(campaignId);
  }

  /** What is still payable on the campaign's lines (null: all lines). */
  long amountOf(@Nullable String campaignId) {
    long sum = 0;
    for (int i = 0; i < amounts.length; i++) {
      if (inScope(i, campaignId)) {
        sum += amounts[i];
      }
    }
    return sum;
  }

  long total() {
    return amountOf(null);
  }

  /** Takes {@code amountFen} (at most what the scope still pays) off the scope's lines in proportion to what each pays. */
  void discount(StepCode code, String source, @Nullable String campaignId, long amountFen) {
    long[] bases = new long[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      bases[i] = inScope(i, campaignId) ? amounts[i] : 0;
    }
    long[] shares = Fen.allocate(amountFen, bases);
    for (int i = 0; i < amounts.length; i++) {
      if (shares[i] > 0) {
        amounts[i] -= shares[i];
        allocations.get(i).add(new Allocation(code, source, shares[i]));
      }
    }
  }

  long amount(int line) {
    return amounts[line];
  }

  List<Allocation> allocations(int line) {
    return List.copyOf(allocations.get(line));
  }

  private boolean inScope(int line, @Nullable String campaignId) {
    return campaignId == null || Objects.equals(campaigns.get(line), campaignId);
  }
}
