/** Anhui's prefectures and counties by GB/T 2260 code: the geography every producer, product and statistic is filed under. */
@NullMarked
package cn.wanhuo.hub.marketplace.regions;

import org.jspecify.annotations.NullMarked;
