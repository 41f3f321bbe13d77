package cn.wanhuo.hub.connectors.platform;

import java.util.Map;

/**
 * An item as the platform knows it.
 *
 * @param itemId the platform's id (num_iid, wareId, goods_id, productCode)
 * @param skuIds the platform's SKU id for each of our outer SKU ids
 */
public record PlatformItem(String itemId, Map<String, String> skuIds) {

  public PlatformItem {
    skuIds = Map.copyOf(skuIds);
  }
}
