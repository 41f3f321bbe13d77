package cn.wanhuo.hub.promotions.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * The spring tea windows that matter to Anhui's tea campaigns: 明前 (picked before Qingming) and 雨前 (between
 * Qingming and Guyu). The two solar terms move by a day between years; their dates come from the usual 21st-century
 * formula {@code floor(Y·0.2422 + C) − floor(Y/4)} with Y the year's last two digits (Qingming C = 4.81 in April,
 * Guyu C = 20.1 in April; terms after February count this year's leap day, hence Y/4), which matches the almanac
 * for 2001–2099.
 */
public final class TeaHarvest {

  /** A harvest window, both days inclusive. */
  public record Window(Kind kind, LocalDate from, LocalDate to) {}

  /** Which window. */
  public enum Kind { PRE_QINGMING, PRE_GUYU }

  /** 明前 picking starts when the first buds open, around mid-March in Anhui's tea hills. */
  private static final int PRE_QINGMING_FIRST_DAY_OF_MARCH = 15;

  private TeaHarvest() {}

  public static LocalDate qingming(int year) {
    return LocalDate.of(year, 4, termDay(year, 4.81));
  }

  public static LocalDate guyu(int year) {
    return LocalDate.of(year, 4, termDay(year, 20.1));
  }

  public static List<Window> windows(int year) {
    LocalDate qingming = qingming(year);
    return List.of(
        new Window(Kind.PRE_QINGMING, LocalDate.of(year, 3, PRE_QINGMING_FIRST_DAY_OF_MARCH), qingming.minusDays(1)),
        new Window(Kind.PRE_GUYU, qingming, guyu(year).minusDays(1)));
  }

  private static int termDay(int year, double c) {
    if (year < 2001 || year > 2099) {
      throw new IllegalArgumentException("The solar-term formula holds for 2001–2099, not " + year);
    }
    int y = year % 100;
    return (int) Math.floor(y * 0.2422 + c) - y / 4;
  }
}
