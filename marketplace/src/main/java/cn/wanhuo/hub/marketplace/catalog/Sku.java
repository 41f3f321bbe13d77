package cn.wanhuo.hub.marketplace.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One sellable variant. Prices are integer fen (1 yuan = 100 fen) so no rounding ever happens in storage.
 *
 * @param code the producer's own SKU code, unique across the producer's products
 */
public record Sku(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}", message = "1 to 40 letters, digits, '_', '.' or '-'") String code,
    @NotBlank @Size(max = 60) String spec,
    @Positive @Max(100_000_000) long priceFen,
    @PositiveOrZero @Max(10_000_000) int stock,
    @Nullable @Pattern(regexp = "\\d{8}|\\d{12,14}", message = "8, 12, 13 or 14 digits") String barcode,
    @Nullable @Positive @Max(1_000_000) Integer weightGrams) {}
