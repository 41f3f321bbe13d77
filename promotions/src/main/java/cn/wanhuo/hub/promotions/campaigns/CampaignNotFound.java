package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;

/** No campaign with that id, or none the caller may see. */
public final class CampaignNotFound extends DomainException.NotFound {

  CampaignNotFound(String id) {
    super("campaign-not-found", "There is no campaign " + id + ".");
  }
}
