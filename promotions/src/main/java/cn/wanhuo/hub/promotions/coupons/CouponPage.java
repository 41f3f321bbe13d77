package cn.wanhuo.hub.promotions.coupons;

import java.util.List;

/** One page of coupons, newest first. */
public record CouponPage(List<CouponView> items, long total, int page, int size) {}
