package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How products of one of our categories are listed on one platform: the platform's category and which property
 * carries which attribute.
 */
@Document("listing_templates")
public record ListingTemplate(
    @Id String id,
    Channel channel,
    Category category,
    String platformCategoryId,
    List<PropertyMapping> properties,
    Instant updatedAt,
    @Version @Nullable Long version) {

  public ListingTemplate {
    properties = properties == null ? List.of() : List.copyOf(properties);
  }

  public static String idOf(Channel channel, Category category) {
    return channel + ":" + category;
  }

  /** The platform's property ids and values for a product's attributes; attributes the product lacks are left out. */
  public Map<String, String> propertiesFor(Map<String, Object> attributes) {
    var values = new TreeMap<String, String>();
    for (PropertyMapping mapping : properties) {
      String value = mapping.fixedValue();
      if (value == null && mapping.attribute() != null) {
        value = text(attributes.get(mapping.attribute()));
      }
      if (value != null && !value.isBlank()) {
        values.put(mapping.platformPropertyId(), value);
      }
    }
    return values;
  }

  private static @Nullable String text(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case BigDecimal number -> number.stripTrailingZeros().toPlainString();
      case Double number -> BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
      default -> value.toString();
    };
  }
}
