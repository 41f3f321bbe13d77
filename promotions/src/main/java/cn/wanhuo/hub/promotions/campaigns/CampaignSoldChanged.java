package cn.wanhuo.hub.promotions.campaigns;

import java.util.Set;

/**
 * What these products' enrolments sold at the campaign price changed, so the quota they still offer did: the platforms'
 * campaign stock and the pavilion's campaign panel must follow. Published after the new counts are saved.
 */
public record CampaignSoldChanged(Set<String> productIds) {

  public CampaignSoldChanged {
    productIds = Set.copyOf(productIds);
  }
}
