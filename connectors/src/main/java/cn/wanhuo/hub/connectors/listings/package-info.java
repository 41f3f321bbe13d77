/**
 * How a product appears on each platform: listing templates (our category and attributes → the platform's category
 * and properties) and a producer's per-channel overrides of title, price and allocated stock.
 */
@NullMarked
package cn.wanhuo.hub.connectors.listings;

import org.jspecify.annotations.NullMarked;
