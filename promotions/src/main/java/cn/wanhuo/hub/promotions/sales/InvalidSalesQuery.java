package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** A sales query whose parameters do not fit together: a period ending before it starts, or too long. */
public final class InvalidSalesQuery extends DomainException.Invalid {

  InvalidSalesQuery(List<FieldProblem> problems) {
    super("validation-failed", problems, "The query has invalid parameters; see errors.");
  }
}
