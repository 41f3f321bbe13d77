package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.audit.AuditEntry;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as its organizer (or a producer) reads it: the plan's fields, the state, how its enrolments stand and
 * which steps the caller may take now.
 */
public record CampaignView(
    String id,
    long version,
    CampaignStatus status,
    String organizer,
    @JsonUnwrapped CampaignPlan plan,
    @Nullable String bannerFileId,
    @Nullable @JsonFormat(pattern = "HH:mm") LocalTime activeSession,
    Map<EnrolmentStatus, Long> enrolmentCounts,
    List<String> allowedActions,
    List<AuditEntry> history,
    Instant createdAt) {

  static CampaignView of(Campaign campaign, Map<EnrolmentStatus, Long> counts, boolean organizes) {
    return new CampaignView(campaign.id(), campaign.version() == null ? 0 : campaign.version(), campaign.status(), campaign.organizer(),
        campaign.plan(), campaign.bannerFileId(), campaign.activeSession(), counts, organizes ? actions(campaign.status()) : List.of(),
        campaign.history(), campaign.createdAt());
  }

  /** The organizer's steps from a state; starting and ending belong to the scheduler. */
  static List<String> actions(CampaignStatus status) {
    return switch (status) {
      case DRAFT -> List.of("edit", "open", "cancel");
      case OPEN -> List.of("close", "cancel");
      case CLOSED -> List.of("reopen", "schedule", "cancel");
      case SCHEDULED, LIVE -> List.of("cancel");
      case ENDED, CANCELLED -> List.of();
    };
  }
}
