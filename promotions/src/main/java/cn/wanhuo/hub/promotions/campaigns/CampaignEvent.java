package cn.wanhuo.hub.promotions.campaigns;

import java.time.Instant;

/**
 * Something the world outside the campaign must act on, recorded in the campaign's own document so it is never lost:
 * the pavilion shows or drops badges and prices, quotas are released, connectors push or revert prices.
 *
 * @param seq the campaign's change number; consumers acknowledge up to it
 */
public record CampaignEvent(Type type, Instant at, long seq) {

  /** What happened. */
  public enum Type { SCHEDULED, STARTED, SESSION_CHANGED, ENDED, CANCELLED }
}
