package cn.wanhuo.hub.promotions.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan rules beyond single fields, and which steps each state allows. */
class CampaignRulesTest {

  private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

  @Test
  void acceptsASoundPlan() {
    assertThat(CampaignRules.check(plan(CampaignType.SEASONAL, "2027-03-20T10:00", "2027-04-20T22:00", List.of()), NOW)).isEmpty();
  }

  @Test
  void refusesALongerThanNinetyTwoDayWindow() {
    assertThat(fields(plan(CampaignType.SEASONAL, "2027-03-01T00:00", "2027-06-02T00:00", List.of()))).containsExactly("endsAt");
  }

  @Test
  void refusesSessionsRunningPastMidnightAndSessionsOutsideFlashSales() {
    var late = List.of(new FlashSession(LocalTime.of(23, 30), 60));
    assertThat(fields(plan(CampaignType.FLASH_SALE, "2027-03-20T10:00", "2027-03-25T10:00", late))).containsExactly("flashSessions[0].minutes");
    var fine = List.of(new FlashSession(LocalTime.of(10, 0), 60));
    assertThat(fields(plan(CampaignType.SEASONAL, "2027-03-20T10:00", "2027-03-25T10:00", fine))).containsExactly("flashSessions");
  }

  @Test
  void everyStateAllowsOnlyItsSteps() {
    assertThat(CampaignStatus.DRAFT.next()).containsExactlyInAnyOrder(CampaignStatus.OPEN, CampaignStatus.CANCELLED);
    assertThat(CampaignStatus.SCHEDULED.next()).containsExactlyInAnyOrder(CampaignStatus.LIVE, CampaignStatus.CANCELLED);
    assertThat(CampaignStatus.ENDED.next()).isEmpty();
    assertThat(CampaignStatus.CANCELLED.next()).isEmpty();
    assertThat(CampaignView.actions(CampaignStatus.LIVE)).containsExactly("cancel");
  }

  @Test
  void aFlashSessionCoversItsOwnMinutesOnly() {
    var session = new FlashSession(LocalTime.of(10, 0), 60);
    assertThat(session.covers(LocalTime.of(10, 0))).isTrue();
    assertThat(session.covers(LocalTime.of(10, 59))).isTrue();
    assertThat(session.covers(LocalTime.of(11, 0))).isFalse();
    assertThat(session.covers(LocalTime.of(9, 59))).isFalse();
  }

  private static List<String> fields(CampaignPlan plan) {
    return CampaignRules.check(plan.tidied(), NOW).stream().map(FieldProblem::field).toList();
  }

  private static CampaignPlan plan(CampaignType type, String start, String end, List<FlashSession> sessions) {
    return new CampaignPlan(type, "春茶节", null, "明前新茶", null, null, LocalDateTime.parse(start), LocalDateTime.parse(end), sessions,
        List.of(Channel.JD), Eligibility.anyone(), List.of(), null, null);
  }
}
