package cn.wanhuo.hub.marketplace.catalog;

import static cn.wanhuo.hub.marketplace.catalog.AttributeSpec.choice;
import static cn.wanhuo.hub.marketplace.catalog.AttributeSpec.number;
import static cn.wanhuo.hub.marketplace.catalog.AttributeSpec.text;

import java.util.List;

/**
 * What the hub sells, each with the attributes a buyer of that kind of goods needs. Choices are stable codes;
 * the web app shows them in Chinese or English (e.g. tea grade SUPER = 特级, harvest PRE_QINGMING = 明前).
 */
public enum Category {
  TEA(List.of(
      text("variety", true, 40),
      choice("grade", true, "SUPER", "FIRST", "SECOND", "THIRD"),
      choice("harvest", true, "PRE_QINGMING", "PRE_GUYU", "SPRING", "SUMMER", "AUTUMN"),
      number("harvestYear", true, "2000", "2100", true),
      text("originCounty", false, 6),
      number("netWeightGrams", true, "1", "50000", true))),
  SILK(List.of(
      text("fabric", true, 40),
      number("momme", true, "2", "40", false),
      text("composition", true, 80))),
  HOME_TEXTILES(List.of(
      text("material", true, 80),
      text("size", false, 40),
      number("fillWeightGrams", false, "1", "20000", true))),
  CULTURAL_GOODS(List.of(
      choice("craft", true, "XUAN_PAPER", "HUI_INK", "SHE_INKSTONE", "XUAN_BRUSH", "OTHER"),
      text("material", false, 80),
      text("dimensions", false, 60))),
  CRAFTS(List.of(
      text("material", true, 80),
      text("technique", false, 80),
      text("dimensions", false, 60))),
  FARM_PRODUCE(List.of(
      number("netWeightGrams", true, "1", "100000", true),
      choice("season", false, "SPRING", "SUMMER", "AUTUMN", "WINTER"),
      number("shelfLifeDays", false, "1", "3650", true))),
  FOOD(List.of(
      number("netWeightGrams", true, "1", "100000", true),
      number("shelfLifeDays", true, "1", "3650", true),
      text("storage", false, 80))),
  LIQUOR(List.of(
      number("abv", true, "0.5", "75", false),
      number("volumeMl", true, "50", "10000", true),
      choice("aromaType", true, "STRONG", "LIGHT", "SAUCE", "RICE", "MIXED", "FENG", "SESAME", "OTHER"))),
  HERBAL(List.of(
      number("netWeightGrams", true, "1", "100000", true),
      text("processing", false, 80),
      number("shelfLifeDays", false, "1", "3650", true))),
  TOURISM_SERVICE(List.of(
      choice("serviceType", true, "TICKET", "TOUR", "HOMESTAY", "EXPERIENCE"),
      number("durationHours", true, "0.5", "240", false),
      number("validityDays", true, "1", "730", true),
      number("capacityPerDate", true, "1", "100000", true)));

  private final List<AttributeSpec> attributes;

  Category(List<AttributeSpec> attributes) {
    this.attributes = attributes;
  }

  public List<AttributeSpec> attributes() {
    return attributes;
  }

  /** The category of a row in the sourced Anhui product list (seed/anhui/products.csv). */
  public static Category ofSeed(String seedCategory) {
    return switch (seedCategory) {
      case "tea" -> TEA;
      case "silk" -> SILK;
      case "home_textiles" -> HOME_TEXTILES;
      case "cultural" -> CULTURAL_GOODS;
      case "crafts" -> CRAFTS;
      case "agricultural" -> FARM_PRODUCE;
      case "food" -> FOOD;
      case "liquor" -> LIQUOR;
      case "herbal" -> HERBAL;
      case "tourism" -> TOURISM_SERVICE;
      default -> throw new IllegalArgumentException("Unknown seed category " + seedCategory);
    };
  }
}
