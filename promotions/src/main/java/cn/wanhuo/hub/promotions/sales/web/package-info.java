/** HTTP API of sales: campaign dashboards, the producer's sales, ledger exports and counter rebuilds. */
@NullMarked
package cn.wanhuo.hub.promotions.sales.web;

import org.jspecify.annotations.NullMarked;
