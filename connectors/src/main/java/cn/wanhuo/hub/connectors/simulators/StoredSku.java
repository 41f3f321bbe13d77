package cn.wanhuo.hub.connectors.simulators;

/** A SKU as a simulator keeps it; price and stock change only under the simulator's lock. */
final class StoredSku {

  /**
   * What never changes about a SKU, shared by every order line that sold it.
   *
   * @param ordinal the SKU's place in its item from 1 (Suning's child item codes use it)
   */
  record Key(long itemId, long skuId, int ordinal, String outerSkuId) {}

  private final Key key;
  private final String spec;
  private long priceFen;
  private int stock;

  StoredSku(Key key, String spec, long priceFen, int stock) {
    this.key = key;
    this.spec = spec;
    this.priceFen = priceFen;
    this.stock = stock;
  }

  Key key() {
    return key;
  }

  String spec() {
    return spec;
  }

  long priceFen() {
    return priceFen;
  }

  int stock() {
    return stock;
  }

  void price(long priceFen) {
    this.priceFen = priceFen;
  }

  void stock(int stock) {
    if (stock < 0) {
      throw GatewayError.invalid("quantity", "stock cannot be negative: " + stock);
    }
    this.stock = stock;
  }
}
