package cn.wanhuo.hub.connectors.simulators;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of an item in a simulator, with ids as the platform shows them.
 *
 * @param itemId num_iid, wareId, goods_id or Suning's productCode
 */
public record SimulatedItem(
    String itemId,
    String outerId,
    String title,
    String description,
    String categoryId,
    boolean onSale,
    Instant created,
    Instant modified,
    List<SimulatedSku> skus) {

  public SimulatedItem {
    skus = List.copyOf(skus);
  }

  /** A snapshot of one SKU; {@code skuId} is Suning's child productCode there. */
  public record SimulatedSku(String skuId, String outerSkuId, String spec, long priceFen, int stock) {}
}
