package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.reference.Specialty;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sample attribute values for demo products built from the sourced specialty list. Everything a source states
 * (name, category, county, unit size) is taken from it; the rest are plain samples for the demo, not facts.
 */
final class DemoAttributes {

  private static final Pattern GRAMS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(kg|g)\\b");
  private static final Pattern MILLILITRES = Pattern.compile("(\\d+)\\s*ml");

  private DemoAttributes() {}

  static Map<String, Object> of(Category category, Specialty specialty) {
    String unit = specialty.typicalUnit() == null ? "" : specialty.typicalUnit();
    var attributes = new HashMap<String, Object>();
    switch (category) {
      case TEA -> {
        attributes.putAll(Map.of("variety", specialty.nameZh(), "grade", "SUPER", "harvest", "SPRING", "harvestYear", 2026,
            "netWeightGrams", grams(unit, 250)));
        if (specialty.countyCode() != null) {
          attributes.put("originCounty", specialty.countyCode());
        }
      }
      case SILK -> attributes.putAll(Map.of("fabric", "桑蚕丝", "momme", 19, "composition", "100% 桑蚕丝"));
      case HOME_TEXTILES -> attributes.putAll(Map.of("material", "见商品详情", "size", unit.isBlank() ? "见商品详情" : unit));
      case CULTURAL_GOODS -> attributes.put("craft", craft(specialty.nameZh()));
      case CRAFTS -> attributes.put("material", "见商品详情");
      case FARM_PRODUCE, HERBAL -> attributes.put("netWeightGrams", grams(unit, 500));
      case FOOD -> attributes.putAll(Map.of("netWeightGrams", grams(unit, 500), "shelfLifeDays", 180));
      case LIQUOR -> attributes.putAll(Map.of("abv", 42, "volumeMl", millilitres(unit, 500), "aromaType", "OTHER"));
      case TOURISM_SERVICE -> attributes.putAll(Map.of("serviceType", "TICKET", "durationHours", 8, "validityDays", 180,
          "capacityPerDate", 1000));
    }
    return attributes;
  }

  /** A sample price: the low end of the sourced range, or a typical price for the category. */
  static long priceFen(Category category, Specialty specialty) {
    String range = specialty.typicalRetailPriceCny();
    if (range != null && range.matches("\\d+(-\\d+)?")) {
      return Long.parseLong(range.split("-")[0]) * 100;
    }
    return switch (category) {
      case TEA -> 19_800;
      case LIQUOR -> 29_800;
      case SILK, HOME_TEXTILES -> 59_800;
      case CULTURAL_GOODS, CRAFTS -> 39_800;
      case TOURISM_SERVICE -> 15_000;
      default -> 6_800;
    };
  }

  private static String craft(String nameZh) {
    if (nameZh.contains("宣纸")) {
      return "XUAN_PAPER";
    }
    if (nameZh.contains("墨")) {
      return "HUI_INK";
    }
    if (nameZh.contains("歙砚")) {
      return "SHE_INKSTONE";
    }
    return nameZh.contains("笔") ? "XUAN_BRUSH" : "OTHER";
  }

  private static int grams(String unit, int fallback) {
    Matcher m = GRAMS.matcher(unit.toLowerCase());
    if (!m.find()) {
      return fallback;
    }
    double value = Double.parseDouble(m.group(1));
    return (int) Math.round(m.group(2).equals("kg") ? value * 1000 : value);
  }

  private static int millilitres(String unit, int fallback) {
    Matcher m = MILLILITRES.matcher(unit.toLowerCase());
    return m.find() ? Integer.parseInt(m.group(1)) : fallback;
  }
}
