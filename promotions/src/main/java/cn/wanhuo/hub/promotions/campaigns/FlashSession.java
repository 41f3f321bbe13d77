package cn.wanhuo.hub.promotions.campaigns;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/** A daily flash-sale session: campaign prices apply from {@code start} (Asia/Shanghai) for {@code minutes}. */
public record FlashSession(@NotNull @JsonFormat(pattern = "HH:mm") LocalTime start, @Min(5) @Max(720) int minutes) {

  public LocalTime end() {
    return start.plusMinutes(minutes);
  }

  /** Whether the session runs at this time of day; sessions never cross midnight (the rules refuse that). */
  public boolean covers(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end());
  }
}
