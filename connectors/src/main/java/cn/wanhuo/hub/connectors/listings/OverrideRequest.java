package cn.wanhuo.hub.connectors.listings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A product's override on one channel as its producer sets it. */
public record OverrideRequest(
    boolean excluded,
    @Nullable @Size(max = 60) String title,
    @NotNull @Size(max = 50) List<@Valid SkuOverride> skus) {}
