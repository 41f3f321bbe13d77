package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.channels.ChannelAccount;
import cn.wanhuo.hub.connectors.channels.ChannelSettings;
import cn.wanhuo.hub.connectors.listings.ListingOverride;
import cn.wanhuo.hub.connectors.listings.ListingOverrides;
import cn.wanhuo.hub.connectors.listings.ListingTemplate;
import cn.wanhuo.hub.connectors.listings.ListingTemplates;
import cn.wanhuo.hub.connectors.listings.SkuOverride;
import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.promotions.campaigns.ChannelOffers;
import cn.wanhuo.hub.promotions.campaigns.ChannelOffers.SkuCampaignOffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Maps a product to what one shop should show: published and not excluded → the template's category and
 * properties, the override's title, and per SKU the campaign price and quota while a campaign sells on the channel,
 * else the override's price and stock share, else the catalog's. Anything else → off sale.
 */
@Component
class DesiredListings {

  private final ListingTemplates templates;
  private final ListingOverrides overrides;
  private final ChannelOffers offers;
  private final ChannelSettings settings;

  DesiredListings(ListingTemplates templates, ListingOverrides overrides, ChannelOffers offers, ChannelSettings settings) {
    this.templates = templates;
    this.overrides = overrides;
    this.offers = offers;
    this.settings = settings;
  }

  /**
   * What each shop should show of each product, by {@link ListingSync#idOf}: the overrides, templates and campaign
   * offers of all of them read in three queries, not three per product and shop.
   */
  Mono<Map<String, Desired>> of(List<Product> products, List<ChannelAccount> shops) {
    var published = products.stream().filter(product -> product.status() == ProductStatus.PUBLISHED).toList();
    var productIds = published.stream().map(product -> Objects.requireNonNull(product.id())).toList();
    var channels = shops.stream().map(ChannelAccount::channel).distinct().toList();
    var categories = published.stream().map(product -> product.content().category()).distinct().toList();
    var read = published.isEmpty() || shops.isEmpty() ? Mono.just(new Read(Map.of(), Map.of(), null))
        : Mono.zip(overrides.find(productIds, channels), templates.find(channels, categories), offers.forProducts(productIds))
            .map(found -> new Read(found.getT1(), found.getT2(), found.getT3()));
    return read.map(found -> {
      var desired = new HashMap<String, Desired>();
      for (Product product : products) {
        for (ChannelAccount shop : shops) {
          desired.put(ListingSync.idOf(shop.id(), Objects.requireNonNull(product.id())), of(product, shop.channel(), found));
        }
      }
      return desired;
    });
  }

  /** What was read for a batch of products. */
  private record Read(Map<String, ListingOverride> overrides, Map<String, ListingTemplate> templates, ChannelOffers.@Nullable Offers offers) {}

  private Desired of(Product product, Channel channel, Read found) {
    String productId = Objects.requireNonNull(product.id());
    if (product.status() != ProductStatus.PUBLISHED) {
      return Desired.delisted();
    }
    var override = found.overrides().getOrDefault(ListingOverride.idOf(productId, channel), ListingOverride.none(productId, channel));
    if (override.excluded()) {
      return Desired.delisted();
    }
    var category = product.content().category();
    var template = found.templates().get(ListingTemplate.idOf(channel, category));
    if (template == null) {
      return Desired.unpushable("No listing template for category " + category + " on " + channel
          + "; an admin must add one under Channels → Templates");
    }
    return Desired.listed(listing(product, template, override, Objects.requireNonNull(found.offers()).of(productId, channel)));
  }

  private Listing listing(Product product, ListingTemplate template, ListingOverride override, Map<String, SkuCampaignOffer> campaign) {
    var content = product.content();
    var skus = content.skus().stream().map(sku -> offer(product, sku, override.sku(sku.code()), campaign.get(sku.code()))).toList();
    var images = product.images().stream().map(image -> settings.publicBaseUrl().resolve("/api/pavilion/images/" + image).toString()).toList();
    return new Listing(product.id(), override.title() != null ? override.title() : content.nameZh(), content.descriptionZh(),
        template.platformCategoryId(), template.propertiesFor(content.attributes()), images, skus);
  }

  private static SkuOffer offer(Product product, Sku sku, Optional<SkuOverride> own, @Nullable SkuCampaignOffer campaign) {
    String outer = SkuOffer.outerSkuId(Objects.requireNonNull(product.id()), sku.code());
    if (campaign != null) {
      return new SkuOffer(outer, sku.spec(), campaign.priceFen(), Math.min(campaign.remaining(), sku.stock()));
    }
    long price = own.map(SkuOverride::priceFen).filter(Objects::nonNull).orElse(sku.priceFen());
    int stock = own.map(SkuOverride::stock).filter(Objects::nonNull).map(share -> Math.min(share, sku.stock())).orElse(sku.stock());
    return new SkuOffer(outer, sku.spec(), price, stock);
  }
}
