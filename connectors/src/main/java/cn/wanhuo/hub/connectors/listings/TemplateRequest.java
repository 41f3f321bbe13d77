package cn.wanhuo.hub.connectors.listings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A template as an admin sets it.
 *
 * @param version the version the admin edited, so another admin's save in between is a conflict rather than lost;
 *     null overwrites whatever is there
 */
public record TemplateRequest(
    @NotBlank @Size(max = 40) String platformCategoryId,
    @NotNull @Size(max = 50) List<@Valid PropertyMapping> properties,
    @Nullable Long version) {}
