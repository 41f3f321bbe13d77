package cn.wanhuo.hub.promotions.coupons;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Validity times are Asia/Shanghai wall-clock minutes in the API and instants in storage. */
final class CouponTimes {

  static final ZoneId ANHUI = ZoneId.of("Asia/Shanghai");

  private CouponTimes() {}

  static Instant instant(LocalDateTime local) {
    return local.truncatedTo(ChronoUnit.MINUTES).atZone(ANHUI).toInstant();
  }

  static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, ANHUI);
  }
}
