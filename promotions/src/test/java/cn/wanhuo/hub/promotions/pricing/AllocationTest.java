package cn.wanhuo.hub.promotions.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Largest-remainder allocation: exact sums, no share above its base, ties to the earlier line. */
class AllocationTest {

  @Test
  void givesTheLeftOverFenToTheLargestRemaindersThenTheEarlierLine() {
    assertThat(Fen.allocate(100, new long[] {1_000, 1_000, 1_000})).containsExactly(34, 33, 33);
    assertThat(Fen.allocate(5, new long[] {1, 2, 0, 3})).containsExactly(1, 2, 0, 2);
  }

  @Test
  void sumsExactlyAndStaysWithinEachBase() {
    long seed = new Random().nextLong();
    var random = new Random(seed);
    for (int run = 0; run < 5_000; run++) {
      long[] bases = random.longs(1 + random.nextInt(8), 0, 1_000_000).toArray();
      long sum = Arrays.stream(bases).sum();
      long amount = sum == 0 ? 0 : Math.floorMod(random.nextLong(), sum + 1);
      long[] shares = Fen.allocate(amount, bases);
      assertThat(Arrays.stream(shares).sum()).as("seed %d", seed).isEqualTo(amount);
      for (int i = 0; i < bases.length; i++) {
        assertThat(shares[i]).as("seed %d", seed).isBetween(0L, bases[i]);
      }
    }
  }
}
