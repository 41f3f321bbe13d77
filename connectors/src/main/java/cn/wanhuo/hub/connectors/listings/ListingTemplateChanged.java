package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.promotions.campaigns.Channel;

/** A template changed: the category's products on that channel must be planned again. */
public record ListingTemplateChanged(Channel channel, Category category) {}
