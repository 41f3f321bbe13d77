/** HTTP API of coupons under /api/coupons, for organizers and admins. */
@NullMarked
package cn.wanhuo.hub.promotions.coupons.web;

import org.jspecify.annotations.NullMarked;
