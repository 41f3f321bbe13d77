package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** Product content that fails the catalog's rules: category attributes, barcodes, duplicate SKU codes. */
public final class InvalidProduct extends DomainException.Invalid {

  InvalidProduct(List<FieldProblem> problems) {
    super("validation-failed", problems, "The product has invalid fields; see errors.");
  }
}
