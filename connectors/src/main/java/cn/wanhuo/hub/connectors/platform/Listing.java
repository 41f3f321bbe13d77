package cn.wanhuo.hub.connectors.platform;

import java.util.List;
import java.util.Map;

/**
 * One product as a platform should show it, already mapped through the listing template and the channel's
 * overrides.
 *
 * @param outerId the hub's product id; platforms store it and find the item by it
 * @param categoryId the platform's category id (from the listing template)
 * @param properties the platform's property ids to values (from the listing template)
 * @param imageUrls absolute URLs the platform may fetch
 */
public record Listing(
    String outerId,
    String title,
    String description,
    String categoryId,
    Map<String, String> properties,
    List<String> imageUrls,
    List<SkuOffer> skus) {

  public Listing {
    properties = Map.copyOf(properties);
    imageUrls = List.copyOf(imageUrls);
    skus = List.copyOf(skus);
  }
}
