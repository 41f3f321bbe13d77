package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.Map;

/** The campaign's state does not allow this step; the answer names the state. */
public final class IllegalCampaignTransition extends DomainException.Conflict {

  private final CampaignStatus current;

  IllegalCampaignTransition(Campaign campaign, String action) {
    super("illegal-campaign-transition", "Campaign " + campaign.id() + " is " + campaign.status() + " and cannot " + action + ".");
    this.current = campaign.status();
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("currentStatus", current.name());
  }
}
