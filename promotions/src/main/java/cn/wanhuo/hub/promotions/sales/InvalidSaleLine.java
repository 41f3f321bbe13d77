package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** An order line the ledger cannot record: a missing key, a quantity below one, a negative amount. */
public final class InvalidSaleLine extends DomainException.Invalid {

  InvalidSaleLine(List<FieldProblem> problems) {
    super("invalid-sale-line", problems, "The order line has invalid fields; see errors.");
  }
}
