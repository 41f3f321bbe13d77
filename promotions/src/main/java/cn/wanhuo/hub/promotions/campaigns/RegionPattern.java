package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.regions.RegionCode;
import java.util.regex.Pattern;

/** A region scope as a pattern over stored region codes, so a query can filter by it. */
final class RegionPattern {

  private RegionPattern() {}

  /** Codes inside the region: the province's two digits, a prefecture's four, or the county's own code. */
  static Pattern within(RegionCode region) {
    String code = region.value();
    String prefix = region.isProvince() ? code.substring(0, 2) : region.isPrefecture() ? code.substring(0, 4) : code;
    return Pattern.compile("^" + prefix);
  }
}
