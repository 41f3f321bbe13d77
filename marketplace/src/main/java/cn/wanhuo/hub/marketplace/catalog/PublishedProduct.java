package cn.wanhuo.hub.marketplace.catalog;

import java.util.List;

/** What everyone may see of a product: its approved, published content; no drafts, reviews or audit trail. */
public record PublishedProduct(String id, String producerId, String region, ProductContent content, List<String> images, int revision) {

  static PublishedProduct of(Product product) {
    return new PublishedProduct(product.id(), product.producerId(), product.region(), product.content(), product.images(), product.revision());
  }
}
