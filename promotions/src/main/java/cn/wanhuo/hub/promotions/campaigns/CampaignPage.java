package cn.wanhuo.hub.promotions.campaigns;

import java.util.List;

/** One page of a campaign list. */
public record CampaignPage(List<CampaignView> items, long total, int page, int size) {}
