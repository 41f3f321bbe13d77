/**
 * The pricing engine: one pure function from a cart, its campaign rules and coupons to a fully explained price,
 * shared by the pavilion, checkout and every platform connector so all of them show the same figure. No I/O.
 * The rules (order of application, rounding, limits) are stated on {@link cn.wanhuo.hub.promotions.pricing.PricingEngine}
 * and in docs/pricing.md.
 */
@NullMarked
package cn.wanhuo.hub.promotions.pricing;

import org.jspecify.annotations.NullMarked;
