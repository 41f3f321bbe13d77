package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A producer's wishes for one product on one channel: another title, other prices, a share of the stock, or not
 * listed there at all.
 */
@Document("listing_overrides")
public record ListingOverride(
    @Id String id,
    @Indexed String productId,
    Channel channel,
    boolean excluded,
    @Nullable String title,
    List<SkuOverride> skus,
    Instant updatedAt,
    @Version @Nullable Long version) {

  public ListingOverride {
    skus = skus == null ? List.of() : List.copyOf(skus);
  }

  public static String idOf(String productId, Channel channel) {
    return productId + ":" + channel;
  }

  /** No override: the catalog's title, prices and whole stock, listed. */
  public static ListingOverride none(String productId, Channel channel) {
    return new ListingOverride(idOf(productId, channel), productId, channel, false, null, List.of(), Instant.EPOCH, null);
  }

  public Optional<SkuOverride> sku(String code) {
    return skus.stream().filter(s -> s.skuCode().equals(code)).findFirst();
  }
}
