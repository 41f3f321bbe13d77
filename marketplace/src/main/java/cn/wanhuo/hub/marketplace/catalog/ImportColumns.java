package cn.wanhuo.hub.marketplace.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a product import file for one category: one row is one product with one SKU, identified by
 * the producer's SKU code so that uploading the same file again updates instead of duplicating.
 */
public final class ImportColumns {

  static final List<String> COMMON = List.of("sku_code", "spec", "price_yuan", "stock", "barcode", "weight_grams",
      "name_zh", "name_en", "description_zh", "description_en");

  private ImportColumns() {}

  public static List<String> of(Category category) {
    var columns = new ArrayList<>(COMMON);
    category.attributes().forEach(spec -> columns.add(spec.name()));
    return columns;
  }

  /** The import column an API field path belongs to, e.g. {@code skus[0].priceFen} → {@code price_yuan}. */
  static String columnOf(String field) {
    String path = field.startsWith("content.") ? field.substring("content.".length()) : field;
    if (path.startsWith("attributes.")) {
      return path.substring("attributes.".length());
    }
    return switch (path.replaceFirst("^skus\\[\\d+]\\.", "sku.")) {
      case "sku.code" -> "sku_code";
      case "sku.spec" -> "spec";
      case "sku.priceFen" -> "price_yuan";
      case "sku.stock" -> "stock";
      case "sku.barcode" -> "barcode";
      case "sku.weightGrams" -> "weight_grams";
      case "nameZh" -> "name_zh";
      case "nameEn" -> "name_en";
      case "descriptionZh" -> "description_zh";
      case "descriptionEn" -> "description_en";
      default -> path;
    };
  }
}
