package cn.wanhuo.hub.connectors.platform.internal;

import java.math.BigDecimal;

/** Prices between the hub's fen and the yuan with two decimals that Taobao, JD and Suning speak, exactly. */
public final class Yuan {

  private Yuan() {}

  /** 9800 → {@code "98.00"}, 1 → {@code "0.01"}. */
  public static String fromFen(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  /** {@code "98.00"} or {@code "98"} → 9800; more than two decimals is not a price and fails. */
  public static long toFen(String yuan) {
    return new BigDecimal(yuan.trim()).movePointRight(2).longValueExact();
  }

  /** A unit price in yuan times a quantity, in fen. */
  public static long toFen(String unitYuan, long quantity) {
    return Math.multiplyExact(toFen(unitYuan), quantity);
  }
}
