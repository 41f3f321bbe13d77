package cn.wanhuo.hub.marketplace.catalog;

/** What everyone may see of a product: its approved, published content; no drafts, reviews or audit trail. */
public record PublishedProduct(String id, String producerId, String region, ProductContent content, int revision) {

  static PublishedProduct of(Product product) {
    return new PublishedProduct(product.id(), product.producerId(), product.region(), product.content(), product.revision());
  }
}
