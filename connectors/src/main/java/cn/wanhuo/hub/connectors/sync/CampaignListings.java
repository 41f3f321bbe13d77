package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.promotions.campaigns.Campaign;
import cn.wanhuo.hub.promotions.campaigns.CampaignEventConsumer;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.promotions.campaigns.ChannelOffers;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The connectors' campaign consumer: when a campaign starts, ends, is cancelled or a flash session turns, its
 * products are planned again, so campaign prices and quota stock go out to the campaign's platforms and revert after.
 * The relay clears the mark only once planning has recorded it, and planning is idempotent.
 */
@Component
class CampaignListings implements CampaignEventConsumer {

  private final ChannelOffers offers;
  private final SyncPlanner planner;

  CampaignListings(ChannelOffers offers, SyncPlanner planner) {
    this.offers = offers;
    this.planner = planner;
  }

  @Override
  public String name() {
    return "connectors";
  }

  @Override
  public Mono<Void> act(Campaign campaign) {
    if (campaign.plan().channels().stream().noneMatch(channel -> channel != Channel.PAVILION)) {
      return Mono.empty();
    }
    return offers.productsOf(campaign.id()).flatMap(planner::planAll);
  }
}
