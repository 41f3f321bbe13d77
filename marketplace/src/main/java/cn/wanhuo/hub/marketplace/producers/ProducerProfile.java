package cn.wanhuo.hub.marketplace.producers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a producer states about itself; the same shape registers and edits a profile. */
public record ProducerProfile(
    @NotNull ProducerType type,
    @NotBlank @Size(max = 100) String legalNameZh,
    @Nullable @Size(max = 200) String legalNameEn,
    @NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "18 characters: digits and capital letters except I, O, S, V, Z") String creditCode,
    @NotBlank @Pattern(regexp = "34\\d{2}00", message = "an Anhui prefecture code such as 341000") String prefectureCode,
    @Nullable @Pattern(regexp = "34\\d{4}", message = "an Anhui county code such as 341024") String countyCode,
    @NotBlank @Size(max = 200) String address,
    @NotEmpty @Size(max = 5) List<@Valid Contact> contacts,
    @Size(max = 10) List<@NotBlank @Size(max = 40) String> brands,
    @Nullable @Size(max = 2000) String storyZh,
    @Nullable @Size(max = 4000) String storyEn) {

  public ProducerProfile {
    brands = brands == null ? List.of() : List.copyOf(brands);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
