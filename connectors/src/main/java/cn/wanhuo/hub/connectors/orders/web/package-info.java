/** HTTP API of order import under {@code /api/sync/orders}. */
@NullMarked
package cn.wanhuo.hub.connectors.orders.web;

import org.jspecify.annotations.NullMarked;
