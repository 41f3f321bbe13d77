package cn.wanhuo.hub.connectors.platform.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The platforms' wall-clock times: Beijing time, whatever zone the hub runs in. */
public final class BeijingTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MILLIS_WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSZ").withZone(ZONE);

  private BeijingTime() {}

  /** {@code 2026-12-03 10:00:00}: TOP, Suning and every platform's order times. */
  public static String seconds(Instant instant) {
    return SECONDS.format(instant.atZone(ZONE));
  }

  /** {@code 2026-12-03 10:00:00.000+0800}: the JD SDK's timestamp. */
  public static String millisWithOffset(Instant instant) {
    return MILLIS_WITH_OFFSET.format(instant);
  }

  public static Instant parseSeconds(String text) {
    return LocalDateTime.parse(text.trim(), SECONDS).atZone(ZONE).toInstant();
  }
}
