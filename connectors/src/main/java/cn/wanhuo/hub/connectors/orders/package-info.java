/**
 * Order import: each shop's orders are polled in overlapping windows, kept deduplicated by platform order id with the
 * newest state winning, and handed to the promotions sales ledger through a pending mark written with the order.
 */
@NullMarked
package cn.wanhuo.hub.connectors.orders;

import org.jspecify.annotations.NullMarked;
