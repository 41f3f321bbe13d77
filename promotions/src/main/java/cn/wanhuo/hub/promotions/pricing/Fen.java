package cn.wanhuo.hub.promotions.pricing;

import java.math.BigInteger;

/** Integer fen arithmetic with the engine's one rounding rule: a percentage discount is rounded half-up to the fen. */
final class Fen {

  private Fen() {}

  /** {@code percent}% of a non-negative amount, rounded half-up; split by hundreds so it cannot overflow. */
  static long percentOf(long amountFen, int percent) {
    return amountFen / 100 * percent + (amountFen % 100 * percent + 50) / 100;
  }

  /**
   * Splits {@code amount} over {@code bases} in proportion, by largest remainder: each share is the floor of its
   * exact share, and the fen left over go one each to the largest fractional remainders (ties: the earlier base).
   * Needs {@code 0 ≤ amount ≤ sum(bases)}; then the shares sum to {@code amount} and none exceeds its base.
   */
  static long[] allocate(long amount, long[] bases) {
    long sum = 0;
    for (long base : bases) {
      sum += base;
    }
    if (amount < 0 || amount > sum) {
      throw new IllegalArgumentException("cannot allocate " + amount + " over bases summing to " + sum);
    }
    var shares = new long[bases.length];
    if (amount == 0 || sum == 0) {
      return shares;
    }
    var remainders = new long[bases.length];
    var total = BigInteger.valueOf(sum);
    long given = 0;
    for (int i = 0; i < bases.length; i++) {
      BigInteger[] split = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(bases[i])).divideAndRemainder(total);
      shares[i] = split[0].longValueExact();
      remainders[i] = split[1].longValueExact();
      given += shares[i];
    }
    for (long left = amount - given; left > 0; left--) {
      int largest = -1;
      for (int i = 0; i < bases.length; i++) {
        if (remainders[i] > 0 && (largest < 0 || remainders[i] > remainders[largest])) {
          largest = i;
        }
      }
      shares[largest]++;
      remainders[largest] = 0;
    }
    return shares;
  }
}
