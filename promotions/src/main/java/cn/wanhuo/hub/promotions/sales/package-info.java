/**
 * Sales: every order line a channel reports, attributed once to its campaign, producer, region and category, kept in
 * an idempotent ledger, counted live in Redis per campaign, and read back as dashboards and exports.
 */
@NullMarked
package cn.wanhuo.hub.promotions.sales;

import org.jspecify.annotations.NullMarked;
