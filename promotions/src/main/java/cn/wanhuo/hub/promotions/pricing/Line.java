package cn.wanhuo.hub.promotions.pricing;

/**
 * One cart line: {@code quantity} units of a SKU at its list (everyday) price. Rules, limits and purchase counts
 * refer to the line by {@link #key()}.
 *
 * @param listPriceFen the SKU's list price per unit, 0 ≤ price ≤ {@value #MAX_PRICE_FEN} fen
 * @param quantity 1 ≤ quantity ≤ {@value #MAX_QUANTITY}
 */
public record Line(String productId, String skuCode, long listPriceFen, int quantity) {

  /** One million yuan per unit; keeps every sum of a cart far inside a {@code long}. */
  public static final long MAX_PRICE_FEN = 100_000_000L;
  public static final int MAX_QUANTITY = 100_000;

  public Line {
    InvalidPriceRequest.requireText(productId, "productId");
    InvalidPriceRequest.requireText(skuCode, "skuCode");
    InvalidPriceRequest.check(listPriceFen >= 0 && listPriceFen <= MAX_PRICE_FEN, "listPriceFen",
        "list price of " + skuCode + " must be between 0 and " + MAX_PRICE_FEN + " fen, was " + listPriceFen);
    InvalidPriceRequest.check(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity",
        "quantity of " + skuCode + " must be between 1 and " + MAX_QUANTITY + ", was " + quantity);
  }

  /** The key of a SKU in {@link PriceRequest#itemRules()} and {@link PriceRequest#alreadyBought()}. */
  public static String key(String productId, String skuCode) {
    return productId + "/" + skuCode;
  }

  public String key() {
    return key(productId, skuCode);
  }

  public long listTotalFen() {
    return listPriceFen * quantity;
  }
}
