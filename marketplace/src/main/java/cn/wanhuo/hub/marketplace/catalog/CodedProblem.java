package cn.wanhuo.hub.marketplace.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Why a value is unacceptable, as a stable machine {@code code} with its {@code args} (so the web app and the import
 * report can say it in the user's language) and the English {@code message} for API clients.
 *
 * <p>Codes: {@code required}, {@code too-long} (max), {@code size} (min, max), {@code one-of} (allowed),
 * {@code number}, {@code whole-number}, {@code between} (min, max), {@code min} (value), {@code max} (value),
 * {@code positive}, {@code not-negative}, {@code pattern} (regexp), {@code unknown-attribute} (category),
 * {@code price}, {@code price-decimals}, {@code gtin-check-digit}, {@code sku-repeated}, {@code under-review},
 * {@code invalid} (anything else; only the message says what).
 */
public record CodedProblem(String code, Map<String, Object> args, String message) {

  /** The code of a problem no other code names; readers show its English message. */
  public static final String INVALID = "invalid";

  public CodedProblem {
    args = Map.copyOf(args);
  }

  static CodedProblem required(String message) {
    return new CodedProblem("required", Map.of(), message);
  }

  static CodedProblem requiredFor(Category category) {
    return new CodedProblem("required", Map.of("category", category.name()), "is required for " + category);
  }

  static CodedProblem unknownAttribute(Category category) {
    return new CodedProblem("unknown-attribute", Map.of("category", category.name()), "is not an attribute of " + category);
  }

  static CodedProblem tooLong(int max) {
    return new CodedProblem("too-long", Map.of("max", max), "must be at most " + max + " characters");
  }

  static CodedProblem oneOf(List<String> allowed) {
    return new CodedProblem("one-of", Map.of("allowed", List.copyOf(allowed)), "must be one of " + allowed);
  }

  static CodedProblem number() {
    return new CodedProblem("number", Map.of(), "must be a number");
  }

  static CodedProblem wholeNumber() {
    return new CodedProblem("whole-number", Map.of(), "must be a whole number");
  }

  static CodedProblem between(BigDecimal min, BigDecimal max) {
    return new CodedProblem("between", Map.of("min", min.toPlainString(), "max", max.toPlainString()),
        "must be between " + min.toPlainString() + " and " + max.toPlainString());
  }

  static CodedProblem price() {
    return new CodedProblem("price", Map.of(), "must be a price in yuan such as 128.00");
  }

  static CodedProblem priceDecimals() {
    return new CodedProblem("price-decimals", Map.of(), "has more than two decimals (fen)");
  }

  static CodedProblem gtinCheckDigit() {
    return new CodedProblem("gtin-check-digit", Map.of(), "has a wrong GTIN check digit");
  }

  static CodedProblem skuRepeated() {
    return new CodedProblem("sku-repeated", Map.of(), "repeats another SKU of this product");
  }

  static CodedProblem underReview() {
    return new CodedProblem("under-review", Map.of(), "belongs to a product under review; import it again after the review");
  }

  static CodedProblem invalid(String message) {
    return new CodedProblem(INVALID, Map.of(), message);
  }
}
