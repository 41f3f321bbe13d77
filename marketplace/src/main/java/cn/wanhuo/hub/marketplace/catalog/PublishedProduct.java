package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.TracePage.CertificateStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What everyone may see of a product: its approved, published content; no drafts, reviews or audit trail.
 * {@code certificates} says which certificates hold today, so an expired one never shows as valid.
 */
public record PublishedProduct(String id, String producerId, String region, ProductContent content, List<String> images,
    List<CertificateStatus> certificates, int revision) {

  public static PublishedProduct of(Product product, LocalDate today) {
    return new PublishedProduct(product.id(), product.producerId(), product.region(), product.content(), product.images(),
        Traceability.certificatesOn(product.content(), today), product.revision());
  }
}
