package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.promotions.pricing.Coupon.Kind;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coupon code an organizer issued. The code is the id, upper-case. {@code redeemedCount} only changes through
 * conditional increments ({@link CouponRedeeming}) and the disabled flag through an atomic update, so neither is
 * ever overwritten by a stale copy; both bump the version.
 *
 * @param issueCount how many redemptions there may be in total
 * @param perBuyerLimit how many orders of one buyer may use it
 * @param validFrom first instant it is valid; {@code validTo} the instant it stops being valid
 */
@Document("coupons")
record Coupon(
    @Id String code,
    @Nullable String nameZh,
    @Nullable String nameEn,
    Kind kind,
    long amountFen,
    int percentOff,
    long minSpendFen,
    int issueCount,
    int perBuyerLimit,
    Instant validFrom,
    Instant validTo,
    boolean stackable,
    @Indexed @Nullable String campaignId,
    boolean disabled,
    int redeemedCount,
    String createdBy,
    @Indexed Instant createdAt,
    List<AuditEntry> history,
    @Version @Nullable Long version) {

  static Coupon issue(NewCoupon coupon, String organizer, Instant now) {
    return new Coupon(CouponCodes.normalise(coupon.code()), blankToNull(coupon.nameZh()), blankToNull(coupon.nameEn()), coupon.kind(),
        coupon.kind() == Kind.AMOUNT_OFF ? coupon.amountFen() : 0, coupon.kind() == Kind.PERCENT_OFF ? coupon.percentOff() : 0,
        coupon.minSpendFenOrZero(), coupon.issueCount(), coupon.perBuyerLimitOrOne(),
        CouponTimes.instant(coupon.validFrom()), CouponTimes.instant(coupon.validTo()), coupon.stackableOrFalse(),
        blankToNull(coupon.campaignId()), false, 0, organizer, now, List.of(AuditEntry.of(now, organizer, "created")), null);
  }

  CouponStatus statusAt(Instant now) {
    if (disabled) {
      return CouponStatus.DISABLED;
    }
    if (now.isBefore(validFrom)) {
      return CouponStatus.NOT_YET_VALID;
    }
    if (!now.isBefore(validTo)) {
      return CouponStatus.EXPIRED;
    }
    return redeemedCount >= issueCount ? CouponStatus.EXHAUSTED : CouponStatus.ACTIVE;
  }

  /** The coupon as the pricing engine takes it. */
  cn.wanhuo.hub.promotions.pricing.Coupon forPricing() {
    return new cn.wanhuo.hub.promotions.pricing.Coupon(code, kind, amountFen, percentOff, minSpendFen, stackable, campaignId);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
