package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.marketplace.catalog.Provenance.CertificateType;
import cn.wanhuo.hub.marketplace.producers.ProducerType;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which goods may enrol. An empty list means no restriction of that kind.
 *
 * @param regions prefecture or county codes; a product qualifies when its producer's region lies inside one
 * @param certificateTypes every one of them must be held, valid on the day of enrolment
 */
public record Eligibility(
    @Size(max = 20) List<Category> categories,
    @Size(max = 120) List<@Pattern(regexp = "34\\d{4}", message = "must be an Anhui region code") String> regions,
    @Size(max = 10) List<ProducerType> producerTypes,
    @Nullable Boolean geographicalIndicationRequired,
    @Size(max = 10) List<CertificateType> certificateTypes) {

  public Eligibility {
    categories = categories == null ? List.of() : List.copyOf(categories);
    regions = regions == null ? List.of() : List.copyOf(regions);
    producerTypes = producerTypes == null ? List.of() : List.copyOf(producerTypes);
    geographicalIndicationRequired = Boolean.TRUE.equals(geographicalIndicationRequired);
    certificateTypes = certificateTypes == null ? List.of() : List.copyOf(certificateTypes);
  }

  public static Eligibility anyone() {
    return new Eligibility(List.of(), List.of(), List.of(), false, List.of());
  }
}
