package cn.wanhuo.hub.marketplace.reference;

import java.util.Locale;

/** How well the sources back a reference row (see seed/anhui/SOURCES.md). */
public enum Confirmation {
  /** Identity, location and the GI or brand claim are backed by at least one source. */
  YES,
  /** Some field rests on general knowledge or a single ambiguous source. */
  PARTLY,
  /** General knowledge only. */
  NO;

  static Confirmation parse(String cell) {
    return valueOf(cell.trim().toUpperCase(Locale.ROOT));
  }
}
