package cn.wanhuo.hub.marketplace.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A real Anhui specialty product (黄山毛峰, 宣纸 …) as the sources describe it, keyed by its Chinese name.
 * {@link #certifiedGeographicalIndication()} is the only claim the UI may present as a GI fact.
 */
@Document("specialties")
public record Specialty(
    @Id String nameZh,
    String nameEn,
    String category,
    String prefectureCode,
    @Nullable String countyCode,
    GeographicalIndication geographicalIndication,
    @Nullable String timeHonouredBrandHolder,
    @Nullable String typicalUnit,
    @Nullable String typicalRetailPriceCny,
    @Nullable String notes,
    Confirmation confirmation) {

  /** A GI stated by the sources and a row that is fully confirmed. */
  @JsonProperty
  public boolean certifiedGeographicalIndication() {
    return geographicalIndication == GeographicalIndication.YES && confirmation == Confirmation.YES;
  }
}
