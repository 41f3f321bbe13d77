package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;
import java.util.Map;

/** The product does not meet the campaign's eligibility; the answer lists every reason. */
public final class NotEligible extends DomainException.Rejected {

  /** Why a product may not enrol. */
  public enum Reason { NOT_PUBLISHED, CATEGORY, REGION, PRODUCER_TYPE, GEOGRAPHICAL_INDICATION, CERTIFICATE }

  private final List<Reason> reasons;

  NotEligible(List<Reason> reasons) {
    super("not-eligible", "The product does not qualify for this campaign: " + reasons + ".");
    this.reasons = List.copyOf(reasons);
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("reasons", reasons.stream().map(Enum::name).toList());
  }
}
