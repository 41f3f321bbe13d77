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
import cn.wanhuo.hub.promotions.campaigns.ChannelOffers;
import cn.wanhuo.hub.promotions.campaigns.ChannelOffers.SkuCampaignOffer;
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

  Mono<Desired> of(Product product, ChannelAccount account) {
    String productId = Objects.requireNonNull(product.id());
    if (product.status() != ProductStatus.PUBLISHED) {
      return Mono.just(Desired.delisted());
    }
    return overrides.find(productId, account.channel()).flatMap(override -> override.excluded()
        ? Mono.just(Desired.delisted())
        : templates.find(account.channel(), product.content().category())
            .flatMap(template -> offers.forProduct(productId, account.channel())
                .map(campaign -> Desired.listed(listing(product, template, override, campaign))))
            .switchIfEmpty(Mono.fromSupplier(() -> Desired.unpushable("No listing template for category "
                + product.content().category() + " on " + account.channel() + "; an admin must add one under Channels → Templates"))));
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
