package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which ledger lines to read: of a campaign and/or a producer, ordered between two days of Asia/Shanghai (both
 * included). The caller's scope narrows it further.
 */
public record SalesFilter(@Nullable String campaignId, @Nullable String producerId, @Nullable LocalDate from, @Nullable LocalDate to) {

  static final int MAX_DAYS = 400;

  /** Wrong combinations the request's own validation cannot see. */
  List<FieldProblem> problems() {
    var problems = new ArrayList<FieldProblem>();
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        problems.add(new FieldProblem("to", "must not be before from"));
      } else if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
        problems.add(new FieldProblem("to", "must be at most " + MAX_DAYS + " days after from"));
      }
    }
    return problems;
  }

  Criteria criteria(SalesScope.Reach reach) {
    var parts = new ArrayList<Criteria>();
    if (!reach.all()) {
      parts.add(Criteria.where("attribution.producerId").in(reach.producerIds()));
    }
    if (campaignId != null) {
      parts.add(Criteria.where("attribution.campaignId").is(campaignId));
    }
    if (from != null) {
      parts.add(Criteria.where("orderedAt").gte(from.atStartOfDay(LedgerEntry.SHANGHAI).toInstant()));
    }
    if (to != null) {
      parts.add(Criteria.where("orderedAt").lt(to.plusDays(1).atStartOfDay(LedgerEntry.SHANGHAI).toInstant()));
    }
    return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
  }
}
