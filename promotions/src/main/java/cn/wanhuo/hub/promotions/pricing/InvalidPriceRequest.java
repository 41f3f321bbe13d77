package cn.wanhuo.hub.promotions.pricing;

import cn.wanhuo.hub.shared.DomainException;

/** An input the engine cannot price: a negative price, a zero quantity, a percentage out of range, a campaign price not below list. */
public final class InvalidPriceRequest extends DomainException.Invalid {

  InvalidPriceRequest(String field, String message) {
    super("validation-failed", field, message);
  }

  static void check(boolean valid, String field, String message) {
    if (!valid) {
      throw new InvalidPriceRequest(field, message);
    }
  }

  static String requireText(String value, String field) {
    check(value != null && !value.isBlank(), field, field + " must not be blank");
    return value;
  }
}
