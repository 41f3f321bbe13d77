package cn.wanhuo.hub.marketplace.catalog;

/** A product's way from draft to the pavilion and the platforms. */
public enum ProductStatus {
  DRAFT, SUBMITTED, APPROVED, REJECTED, PUBLISHED, DELISTED
}
