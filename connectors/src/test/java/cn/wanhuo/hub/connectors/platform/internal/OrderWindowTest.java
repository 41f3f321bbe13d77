package cn.wanhuo.hub.connectors.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderWindowTest {

  static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void cutsASpanIntoWholeWindowsAndARemainder() {
    assertThat(OrderWindow.cut(T0, T0.plus(Duration.ofMinutes(70)), Duration.ofMinutes(30))).containsExactly(
        new OrderWindow(T0, T0.plusSeconds(1800)), new OrderWindow(T0.plusSeconds(1800), T0.plusSeconds(3600)),
        new OrderWindow(T0.plusSeconds(3600), T0.plusSeconds(4200)));
  }

  @Test
  void aSpanOfExactlyOneWindowIsOneWindow() {
    assertThat(OrderWindow.cut(T0, T0.plus(Duration.ofDays(1)), Duration.ofDays(1)))
        .containsExactly(new OrderWindow(T0, T0.plus(Duration.ofDays(1))));
  }

  @Test
  void anEmptyOrReversedSpanHasNoWindows() {
    assertThat(OrderWindow.cut(T0, T0, Duration.ofDays(1))).isEmpty();
    assertThat(OrderWindow.cut(T0, T0.minusSeconds(1), Duration.ofDays(1))).isEmpty();
  }

  @Test
  void countsPagesFromTheTotal() {
    assertThat(OrderPage.ofTotal(0, 100, List.of()).pageCount()).isZero();
    assertThat(OrderPage.ofTotal(100, 100, List.of()).pageCount()).isEqualTo(1);
    assertThat(OrderPage.ofTotal(101, 100, List.of()).pageCount()).isEqualTo(2);
  }
}
