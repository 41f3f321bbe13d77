package cn.wanhuo.hub.promotions.coupons;

import cn.wanhuo.hub.promotions.pricing.Coupon.Kind;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A coupon an organizer issues. {@code AMOUNT_OFF} needs {@code amountFen}, {@code PERCENT_OFF} needs
 * {@code percentOff} (1–99), never both. Validity times are Asia/Shanghai wall-clock {@code yyyy-MM-ddTHH:mm}.
 * Defaults: no minimum spend, one use per buyer, not stackable, the whole order.
 */
public record NewCoupon(
    @NotNull @Pattern(regexp = "[A-Za-z0-9]{4,20}", message = "must be 4 to 20 letters A-Z or digits") String code,
    @Nullable @Size(max = 60) String nameZh,
    @Nullable @Size(max = 60) String nameEn,
    @NotNull Kind kind,
    @Nullable @Min(1) @Max(100_000_000) Long amountFen,
    @Nullable @Min(1) @Max(99) Integer percentOff,
    @Nullable @PositiveOrZero @Max(10_000_000_000L) Long minSpendFen,
    @NotNull @Min(1) @Max(10_000_000) Integer issueCount,
    @Nullable @Min(1) @Max(10_000) Integer perBuyerLimit,
    @NotNull @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime validFrom,
    @NotNull @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime validTo,
    @Nullable Boolean stackable,
    @Nullable @Size(max = 64) String campaignId) {

  long minSpendFenOrZero() {
    return minSpendFen == null ? 0 : minSpendFen;
  }

  int perBuyerLimitOrOne() {
    return perBuyerLimit == null ? 1 : perBuyerLimit;
  }

  boolean stackableOrFalse() {
    return Boolean.TRUE.equals(stackable);
  }
}
