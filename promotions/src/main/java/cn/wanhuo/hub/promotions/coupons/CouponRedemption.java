package cn.wanhuo.hub.promotions.coupons;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One order's use of a coupon by a buyer. An order redeems a code once (unique code, buyer, order); a buyer's
 * redemptions take numbered slots 1..perBuyerLimit (unique code, buyer, slot), so two concurrent orders of the
 * same buyer cannot both take the last slot.
 */
@Document("coupon_redemptions")
@CompoundIndex(name = "one_per_order", def = "{'code': 1, 'buyer': 1, 'orderId': 1}", unique = true)
@CompoundIndex(name = "buyer_slot", def = "{'code': 1, 'buyer': 1, 'slot': 1}", unique = true)
record CouponRedemption(@Id @Nullable String id, String code, String buyer, String orderId, int slot, Instant at) {}
