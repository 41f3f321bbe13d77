package cn.wanhuo.hub.connectors.listings;

/** A product's per-channel override changed: its listings must be planned again. */
public record ListingOverrideChanged(String productId) {}
