package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.promotions.campaigns.Channel;

/** The platform's id of one of our SKUs on an item. */
public final class SkuIds {

  private SkuIds() {}

  /** Fails permanently for a SKU the item does not have: it was added after publishing and needs a new listing. */
  public static String of(Channel channel, PlatformItem item, SkuOffer sku) {
    String id = item.skuIds().get(sku.outerSkuId());
    if (id == null) {
      throw new PlatformException(channel, Failure.PERMANENT, "UNKNOWN_SKU",
          "SKU " + sku.outerSkuId() + " is not on " + channel + " item " + item.itemId());
    }
    return id;
  }
}
