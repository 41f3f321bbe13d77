package cn.wanhuo.hub.connectors.platform;

/**
 * One line of a platform order.
 *
 * @param lineId the platform's id of the line (sub-order id, sku line); unique within the order
 * @param outerSkuId our {@code <productId>:<skuCode>} as stored on the platform's SKU, or empty for goods not ours
 * @param paidFen what the buyer paid for the line, in fen whatever the platform's unit
 * @param refunded the line alone was refunded while the order stands
 */
public record PlatformOrderLine(String lineId, String outerSkuId, int quantity, long paidFen, boolean refunded) {}
