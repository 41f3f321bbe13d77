package cn.wanhuo.hub.marketplace.pavilion;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * What the pavilion asks about campaigns. Campaigns live in the promotions module, which depends on this one, so
 * the pavilion owns this port and promotions implements it; without an implementation nothing is on offer.
 */
public interface CampaignOffers {

  CampaignOffers NONE = new CampaignOffers() {
    @Override
    public Mono<Map<String, CampaignOffer>> forProducts(Collection<String> productIds) {
      return Mono.just(Map.of());
    }

    @Override
    public Mono<List<CampaignCard>> showcase() {
      return Mono.just(List.of());
    }
  };

  /** The campaign each product is in now or next on the pavilion, keyed by product id; products in none are absent. */
  Mono<Map<String, CampaignOffer>> forProducts(Collection<String> productIds);

  /** Live campaigns first, then scheduled ones by start. */
  Mono<List<CampaignCard>> showcase();
}
