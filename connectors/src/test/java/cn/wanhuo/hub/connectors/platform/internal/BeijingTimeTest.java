package cn.wanhuo.hub.connectors.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BeijingTimeTest {

  static final Instant MORNING_IN_BEIJING = Instant.parse("2026-12-03T02:00:39.683Z");

  @Test
  void writesSecondsInBeijingTime() {
    assertThat(BeijingTime.seconds(MORNING_IN_BEIJING)).isEqualTo("2026-12-03 10:00:39");
  }

  @Test
  void writesTheJdTimestampWithMillisAndOffset() {
    assertThat(BeijingTime.millisWithOffset(MORNING_IN_BEIJING)).isEqualTo("2026-12-03 10:00:39.683+0800");
  }

  @Test
  void readsBeijingTimeBackAcrossMidnight() {
    assertThat(BeijingTime.parseSeconds("2026-12-01 07:59:59")).isEqualTo(Instant.parse("2026-11-30T23:59:59Z"));
  }
}
