package cn.wanhuo.hub.marketplace.reference;

import java.util.Locale;

/** Whether a source states the product holds one of China's three GI forms. UNKNOWN does not mean "not a GI". */
public enum GeographicalIndication {
  YES, NO, UNKNOWN;

  static GeographicalIndication parse(String cell) {
    return valueOf(cell.trim().toUpperCase(Locale.ROOT));
  }
}
