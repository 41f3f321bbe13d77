package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;

/** Scheduling needs decided enrolments and a future end; the answer says what is missing. */
public final class CampaignNotReady extends DomainException.Conflict {

  CampaignNotReady(String why) {
    super("campaign-not-ready", why);
  }
}
