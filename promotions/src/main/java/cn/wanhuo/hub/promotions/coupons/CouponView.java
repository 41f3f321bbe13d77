package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.promotions.pricing.Coupon.Kind;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A coupon as organizers see it: validity in Asia/Shanghai wall-clock {@code yyyy-MM-ddTHH:mm}, how many are left,
 * its status now, and its audit trail.
 */
public record CouponView(String code, @Nullable String nameZh, @Nullable String nameEn, Kind kind, @Nullable Long amountFen,
    @Nullable Integer percentOff, long minSpendFen, int issueCount, int perBuyerLimit, int redeemedCount, int remaining,
    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime validFrom,
    @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime validTo,
    boolean stackable, @Nullable String campaignId, boolean disabled, CouponStatus status, String createdBy,
    Instant createdAt, List<AuditEntry> history, @Nullable Long version) {

  static CouponView of(Coupon coupon, Instant now) {
    return new CouponView(coupon.code(), coupon.nameZh(), coupon.nameEn(), coupon.kind(),
        coupon.kind() == Kind.AMOUNT_OFF ? coupon.amountFen() : null, coupon.kind() == Kind.PERCENT_OFF ? coupon.percentOff() : null,
        coupon.minSpendFen(), coupon.issueCount(), coupon.perBuyerLimit(), coupon.redeemedCount(),
        Math.max(0, coupon.issueCount() - coupon.redeemedCount()), CouponTimes.local(coupon.validFrom()),
        CouponTimes.local(coupon.validTo()), coupon.stackable(), coupon.campaignId(), coupon.disabled(), coupon.statusAt(now),
        coupon.createdBy(), coupon.createdAt(), coupon.history(), coupon.version());
  }
}
