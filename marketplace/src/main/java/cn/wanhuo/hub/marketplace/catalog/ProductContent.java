package cn.wanhuo.hub.marketplace.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything a producer writes about a product: names, descriptions, the category's attributes and the SKUs. */
public record ProductContent(
    @NotNull Category category,
    @NotBlank @Size(max = 60) String nameZh,
    @Nullable @Size(max = 120) String nameEn,
    @NotBlank @Size(max = 20_000) String descriptionZh,
    @Nullable @Size(max = 40_000) String descriptionEn,
    @NotNull Map<String, Object> attributes,
    @NotEmpty @Size(max = 50) List<@Valid Sku> skus,
    @Nullable @Valid Provenance provenance) {

  public ProductContent {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    skus = skus == null ? List.of() : List.copyOf(skus);
    provenance = provenance == null ? Provenance.none() : provenance;
  }

  /** The same content with both descriptions reduced to safe HTML. */
  ProductContent sanitised() {
    return new ProductContent(category, nameZh.strip(), nameEn == null ? null : nameEn.strip(), RichText.sanitise(descriptionZh),
        descriptionEn == null ? null : RichText.sanitise(descriptionEn), attributes, skus, provenance);
  }
}
