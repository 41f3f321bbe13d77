package cn.wanhuo.hub.connectors.listings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * One SKU's price and allocated stock on one channel; null keeps the catalog's.
 *
 * @param stock units allocated to the channel, at most the SKU's stock
 */
public record SkuOverride(@NotBlank String skuCode, @Nullable @Positive Long priceFen, @Nullable @PositiveOrZero Integer stock) {}
