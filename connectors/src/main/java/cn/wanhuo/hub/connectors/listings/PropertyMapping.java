package cn.wanhuo.hub.connectors.listings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One platform property of a template: filled from our attribute, or a fixed value (such as the origin province).
 *
 * @param attribute our category attribute whose value the property takes; null for a fixed value
 */
public record PropertyMapping(
    @Nullable @Size(max = 40) String attribute,
    @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "1 to 40 letters, digits, '_' or '-'") String platformPropertyId,
    @Nullable @Size(max = 100) String fixedValue) {}
