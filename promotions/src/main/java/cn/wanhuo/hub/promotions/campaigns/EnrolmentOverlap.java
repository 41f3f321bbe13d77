package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.Map;

/** The SKU is already offered to a campaign that overlaps in time on a shared channel; the answer names it. */
public final class EnrolmentOverlap extends DomainException.Conflict {

  private final Campaign other;

  EnrolmentOverlap(String skuCode, Campaign other) {
    super("enrolment-overlap", "SKU " + skuCode + " is already enrolled in 「" + other.plan().nameZh()
        + "」, which overlaps this campaign in time on a shared channel.");
    this.other = other;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("conflictingCampaignId", String.valueOf(other.id()), "conflictingCampaignName", other.plan().nameZh());
  }
}
