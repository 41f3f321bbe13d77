package cn.wanhuo.hub.marketplace.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a product comes from and what vouches for it: a geographical indication, certificates, and the
 * production or harvest batches whose trace codes lead to a public trace page.
 */
public record Provenance(
    @Nullable @Valid GeographicalIndication geographicalIndication,
    @Size(max = 10) List<@Valid Certificate> certificates,
    @Size(max = 100) List<@Valid Batch> batches) {

  public Provenance {
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
    batches = batches == null ? List.of() : List.copyOf(batches);
  }

  public static Provenance none() {
    return new Provenance(null, List.of(), List.of());
  }

  /** 地理标志: the protected name and its registration number. */
  public record GeographicalIndication(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 40) String registrationNumber) {}

  /** A certificate, valid from one day to another (open-ended when {@code validTo} is absent). */
  public record Certificate(
      @NotNull CertificateType type,
      @NotBlank @Size(max = 60) String number,
      @NotBlank @Size(max = 100) String issuer,
      @NotNull LocalDate validFrom,
      @Nullable LocalDate validTo,
      @Nullable String scanFileId) {

    public boolean validOn(LocalDate day) {
      return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
  }

  /** What kind of certificate. */
  public enum CertificateType {
    /** 绿色食品 */
    GREEN_FOOD,
    ORGANIC,
    /** 食用农产品合格证 */
    COMPLIANCE,
    /** 中华老字号 title */
    TIME_HONOURED_BRAND,
    OTHER
  }

  /** One production or harvest batch: what, where, when, who, and how much in the producer's words ("500 kg"). */
  public record Batch(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{6,40}", message = "6 to 40 letters, digits or '-'") String traceCode,
      @NotBlank @Size(max = 100) String what,
      @NotBlank @Pattern(regexp = "34\\d{4}", message = "an Anhui county or prefecture code") String where,
      @NotNull LocalDate when,
      @NotBlank @Size(max = 60) String who,
      @Nullable @Size(max = 40) String quantity) {}
}
