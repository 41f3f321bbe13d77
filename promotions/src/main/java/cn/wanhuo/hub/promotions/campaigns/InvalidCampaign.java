package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** A plan that breaks the campaign rules: times, sessions, tiers, regions. */
public final class InvalidCampaign extends DomainException.Invalid {

  InvalidCampaign(List<FieldProblem> problems) {
    super("validation-failed", problems, "The campaign has invalid fields; see errors.");
  }
}
