package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.pavilion.ProductQuery;
import cn.wanhuo.hub.marketplace.pavilion.ProductSearch;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Landing pages of campaigns the public may see: scheduled, live and ended ones. */
@Service
public class PublicCampaigns {

  private static final Set<CampaignStatus> PUBLIC = Set.of(CampaignStatus.SCHEDULED, CampaignStatus.LIVE, CampaignStatus.ENDED);

  private final CampaignPlanning planning;
  private final ProductSearch search;

  PublicCampaigns(CampaignPlanning planning, ProductSearch search) {
    this.planning = planning;
    this.search = search;
  }

  public Mono<PublicCampaign> page(String id, @Nullable String cursor, int size) {
    return planning.found(id)
        .filter(campaign -> PUBLIC.contains(campaign.status()))
        .switchIfEmpty(Mono.error(() -> new CampaignNotFound(id)))
        .flatMap(campaign -> search.search(new ProductQuery("", List.of(), null, null, false, null, null, null, false, id,
                ProductQuery.SortOrder.BEST_SELLING, cursor, size))
            .map(products -> PublicCampaign.of(campaign, products)));
  }
}
