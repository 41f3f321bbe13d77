package cn.wanhuo.hub.connectors.platform;

/**
 * One SKU's price and stock as a platform should show them.
 *
 * @param outerSkuId the hub's SKU key, {@code <productId>:<skuCode>}; platforms store it as the SKU's outer id
 * @param priceFen always fen here; adapters convert to yuan where the platform wants yuan
 * @param stock the full stock to show (not a delta)
 */
public record SkuOffer(String outerSkuId, String spec, long priceFen, int stock) {

  public static String outerSkuId(String productId, String skuCode) {
    return productId + ":" + skuCode;
  }
}
