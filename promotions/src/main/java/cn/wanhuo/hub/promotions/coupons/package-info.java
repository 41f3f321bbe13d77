/**
 * Coupons: organizers issue codes with an issue count, a per-buyer limit, a minimum spend and a validity window;
 * checkout asks which codes a buyer may use and redeems them atomically when an order is placed.
 */
@NullMarked
package cn.wanhuo.hub.promotions.coupons;

import org.jspecify.annotations.NullMarked;
