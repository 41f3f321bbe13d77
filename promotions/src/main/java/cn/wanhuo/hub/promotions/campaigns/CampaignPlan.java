package cn.wanhuo.hub.promotions.campaigns;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Everything an organizer writes about a campaign. Times are wall-clock times in Asia/Shanghai, as organizers plan
 * them; the campaign keeps the instants they stand for.
 */
public record CampaignPlan(
    @NotNull CampaignType type,
    @NotBlank @Size(max = 60) String nameZh,
    @Nullable @Size(max = 120) String nameEn,
    @NotBlank @Size(max = 2_000) String descriptionZh,
    @Nullable @Size(max = 4_000) String descriptionEn,
    @Nullable @Size(max = 40) String regionalBrand,
    @NotNull @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt,
    @NotNull @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endsAt,
    @Size(max = 6) List<@Valid FlashSession> flashSessions,
    @Size(max = 5) List<Channel> channels,
    @Valid Eligibility eligibility,
    @Size(max = 5) List<@Valid SpendSaveTier> spendSaveTiers,
    @Nullable @PositiveOrZero @Max(100_000_000_000L) Long budgetFen,
    @Nullable @PositiveOrZero @Max(100_000_000_000L) Long gmvTargetFen) {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  public CampaignPlan {
    flashSessions = flashSessions == null ? List.of() : List.copyOf(flashSessions);
    eligibility = eligibility == null ? Eligibility.anyone() : eligibility;
    spendSaveTiers = spendSaveTiers == null ? List.of() : List.copyOf(spendSaveTiers);
    // The pavilion is the hub's own shop: every campaign sells there, whatever else was chosen.
    var chosen = new TreeSet<Channel>(channels == null ? List.of() : channels);
    chosen.add(Channel.PAVILION);
    channels = List.copyOf(chosen);
  }

  /** The same plan with names and descriptions trimmed and blank optional texts dropped. */
  CampaignPlan tidied() {
    return new CampaignPlan(type, nameZh.strip(), blankToNull(nameEn), descriptionZh.strip(), blankToNull(descriptionEn),
        blankToNull(regionalBrand), startsAt, endsAt, flashSessions.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList(),
        channels, eligibility, spendSaveTiers.stream().sorted((a, b) -> Long.compare(a.thresholdFen(), b.thresholdFen())).toList(),
        budgetFen, gmvTargetFen);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
