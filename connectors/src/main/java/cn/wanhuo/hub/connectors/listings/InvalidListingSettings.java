package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.shared.DomainException;
import java.util.List;

/** A template or override the sync could not use: an unknown attribute or SKU, a price or stock out of range. */
public final class InvalidListingSettings extends DomainException.Invalid {

  InvalidListingSettings(List<FieldProblem> problems) {
    super("validation-failed", problems, "The listing settings have invalid fields; see errors.");
  }
}
