/**
 * The promotions module: campaigns, enrolment, the pricing engine, flash-sale stock, campaign attribution of
 * orders, the sales ledger and statistics. Depends on the marketplace module only.
 */
@NullMarked
package cn.wanhuo.hub.promotions;

import org.jspecify.annotations.NullMarked;
