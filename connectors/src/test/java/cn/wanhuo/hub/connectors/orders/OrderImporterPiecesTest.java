package cn.wanhuo.hub.connectors.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import reactor.util.function.Tuples;

/** How an import span is cut into the pieces after each of which the cursor moves. */
class OrderImporterPiecesTest {

  private static final Instant T0 = Instant.parse("2026-12-03T00:00:00Z");

  @Test
  void cutsASpanIntoConsecutivePiecesTheLastOneShort() {
    assertThat(OrderImporter.pieces(T0, T0.plus(Duration.ofMinutes(70)), Duration.ofMinutes(30))).containsExactly(
        Tuples.of(T0, T0.plus(Duration.ofMinutes(30))),
        Tuples.of(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(60))),
        Tuples.of(T0.plus(Duration.ofMinutes(60)), T0.plus(Duration.ofMinutes(70))));
  }

  @Test
  void anEmptyOrBackwardSpanHasNoPieces() {
    assertThat(OrderImporter.pieces(T0, T0, Duration.ofMinutes(30))).isEmpty();
    assertThat(OrderImporter.pieces(T0, T0.minusSeconds(1), Duration.ofMinutes(30))).isEmpty();
  }
}
