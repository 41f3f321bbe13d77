package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.promotions.campaigns.Channel;

/** What the item as a whole shows, from its SKUs: platforms want an item price and stock besides the SKUs'. */
public final class Offers {

  private Offers() {}

  public static long lowestPriceFen(Channel channel, Listing listing) {
    return requireSkus(channel, listing).skus().stream().mapToLong(SkuOffer::priceFen).min().orElseThrow();
  }

  public static long highestPriceFen(Channel channel, Listing listing) {
    return requireSkus(channel, listing).skus().stream().mapToLong(SkuOffer::priceFen).max().orElseThrow();
  }

  public static long totalStock(Listing listing) {
    return listing.skus().stream().mapToLong(SkuOffer::stock).sum();
  }

  /** No platform takes an item without a SKU; the operator has to add one. */
  public static Listing requireSkus(Channel channel, Listing listing) {
    if (listing.skus().isEmpty()) {
      throw new PlatformException(channel, Failure.PERMANENT, "NO_SKUS", "Product " + listing.outerId() + " has no SKU to list");
    }
    return listing;
  }
}
