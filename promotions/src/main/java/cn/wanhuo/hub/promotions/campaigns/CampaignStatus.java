package cn.wanhuo.hub.promotions.campaigns;

import java.util.Set;

/** Where a campaign is in its life; {@link #next()} lists the states an organizer or the scheduler may move it to. */
public enum CampaignStatus {
  DRAFT, OPEN, CLOSED, SCHEDULED, LIVE, ENDED, CANCELLED;

  public Set<CampaignStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(OPEN, CANCELLED);
      case OPEN -> Set.of(CLOSED, CANCELLED);
      case CLOSED -> Set.of(OPEN, SCHEDULED, CANCELLED);
      case SCHEDULED -> Set.of(LIVE, CANCELLED);
      case LIVE -> Set.of(ENDED, CANCELLED);
      case ENDED, CANCELLED -> Set.of();
    };
  }

  /** Campaigns that still hold goods: their enrolments count for overlaps and their quotas stay reserved. */
  public boolean holdsGoods() {
    return this != ENDED && this != CANCELLED;
  }
}
