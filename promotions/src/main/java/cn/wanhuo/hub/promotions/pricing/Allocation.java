package cn.wanhuo.hub.promotions.pricing;

/**
 * A line's share of an order-level adjustment, for refunds and per-line figures on platforms.
 *
 * @param source the campaign id of a spend-save, the code of a coupon
 */
public record Allocation(StepCode code, String source, long amountFen) {}
