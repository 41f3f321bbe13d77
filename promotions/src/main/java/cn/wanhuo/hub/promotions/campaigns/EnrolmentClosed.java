package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.Map;

/** The campaign does not take (or no longer changes) enrolments in its current state. */
public final class EnrolmentClosed extends DomainException.Conflict {

  private final CampaignStatus current;

  EnrolmentClosed(Campaign campaign, String action) {
    super("enrolment-closed", "Campaign " + campaign.plan().nameZh() + " is " + campaign.status() + "; enrolments cannot " + action + " now.");
    this.current = campaign.status();
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("currentStatus", current.name());
  }
}
