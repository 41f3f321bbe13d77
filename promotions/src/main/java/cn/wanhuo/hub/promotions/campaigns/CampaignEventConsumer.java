package cn.wanhuo.hub.promotions.campaigns;

import reactor.core.publisher.Mono;

/**
 * Something that must act when a campaign is scheduled, starts, ends, is cancelled or a flash session turns: the
 * pavilion, the quota release, the platform connectors. Every consumer's name is marked on each such change in the
 * campaign's document and cleared once {@link #act} succeeds, so a crash or outage only delays the work. Acting must
 * be idempotent and read the campaign as it is now.
 */
public interface CampaignEventConsumer {

  /** Stable name stored in campaigns' pending marks. */
  String name();

  Mono<Void> act(Campaign campaign);
}
