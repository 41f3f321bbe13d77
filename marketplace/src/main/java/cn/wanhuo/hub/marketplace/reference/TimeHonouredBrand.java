package cn.wanhuo.hub.marketplace.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A 中华老字号 candidate of Anhui; only {@link Confirmation#YES} may be shown as holding the title. */
@Document("timeHonouredBrands")
public record TimeHonouredBrand(
    @Id String nameZh,
    String nameEn,
    String cityCode,
    @Nullable String foundedYear,
    @Nullable String mainProducts,
    Confirmation confirmation,
    @Nullable String source) {

  @JsonProperty
  public boolean titleConfirmed() {
    return confirmation == Confirmation.YES;
  }
}
