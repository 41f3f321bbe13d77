package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rules a plan must keep beyond single-field checks; each breach names the field it concerns. */
final class CampaignRules {

  static final Duration LONGEST = Duration.ofDays(92);
  private static final int MINUTES_A_DAY = 24 * 60;

  private CampaignRules() {}

  static List<FieldProblem> check(CampaignPlan plan, Instant now) {
    var problems = new ArrayList<FieldProblem>();
    Instant start = Campaign.instant(plan.startsAt());
    Instant end = Campaign.instant(plan.endsAt());
    if (!end.isAfter(start)) {
      problems.add(new FieldProblem("endsAt", "must be after the start"));
    } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      problems.add(new FieldProblem("endsAt", "a campaign runs at most 92 days"));
    }
    if (!end.isAfter(now)) {
      problems.add(new FieldProblem("endsAt", "must be in the future"));
    }
    if (plan.type() == CampaignType.GROUP_PROMOTION && plan.regionalBrand() == null) {
      problems.add(new FieldProblem("regionalBrand", "a group promotion sells under a regional brand; name it"));
    }
    sessions(plan, problems);
    tiers(plan, problems);
    return problems;
  }

  private static void sessions(CampaignPlan plan, List<FieldProblem> problems) {
    var sessions = plan.flashSessions();
    if (plan.type() == CampaignType.FLASH_SALE && sessions.isEmpty()) {
      problems.add(new FieldProblem("flashSessions", "a flash sale needs at least one daily session"));
    }
    if (plan.type() != CampaignType.FLASH_SALE && !sessions.isEmpty()) {
      problems.add(new FieldProblem("flashSessions", "only flash sales have sessions"));
    }
    for (int i = 0; i < sessions.size(); i++) {
      var session = sessions.get(i);
      if (session.start().toSecondOfDay() / 60 + session.minutes() > MINUTES_A_DAY) {
        problems.add(new FieldProblem("flashSessions[" + i + "].minutes", "a session must end by midnight"));
      }
      if (i > 0 && sessions.get(i - 1).end().isAfter(session.start())
          && sessions.get(i - 1).start().toSecondOfDay() / 60 + sessions.get(i - 1).minutes() <= MINUTES_A_DAY) {
        problems.add(new FieldProblem("flashSessions[" + i + "].start", "overlaps the session before it"));
      }
    }
  }

  private static void tiers(CampaignPlan plan, List<FieldProblem> problems) {
    var tiers = plan.spendSaveTiers();
    for (int i = 0; i < tiers.size(); i++) {
      var tier = tiers.get(i);
      if (tier.saveFen() >= tier.thresholdFen()) {
        problems.add(new FieldProblem("spendSaveTiers[" + i + "].saveFen", "must be less than the amount to spend"));
      }
      if (i > 0 && (tier.thresholdFen() == tiers.get(i - 1).thresholdFen() || tier.saveFen() <= tiers.get(i - 1).saveFen())) {
        problems.add(new FieldProblem("spendSaveTiers[" + i + "]", "each higher tier must save more than the one below"));
      }
    }
  }
}
