package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A product's override on a channel beside the catalog's own values, for the producer's form. */
public record OverrideView(String productId, Channel channel, boolean excluded, @Nullable String title, String catalogTitle,
    List<Sku> skus, @Nullable Long version) {

  /** One SKU: the catalog's price and stock, and the channel's override of each (null: the catalog's). */
  public record Sku(String code, String spec, long catalogPriceFen, int catalogStock, @Nullable Long priceFen, @Nullable Integer stock) {}
}
