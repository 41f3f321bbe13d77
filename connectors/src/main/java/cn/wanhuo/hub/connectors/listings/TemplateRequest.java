package cn.wanhuo.hub.connectors.listings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A template as an admin sets it. */
public record TemplateRequest(
    @NotBlank @Size(max = 40) String platformCategoryId,
    @NotNull @Size(max = 50) List<@Valid PropertyMapping> properties) {}
