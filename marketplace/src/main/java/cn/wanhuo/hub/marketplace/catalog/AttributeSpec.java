package cn.wanhuo.hub.marketplace.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One attribute a category asks for, and what values it accepts. */
public sealed interface AttributeSpec {

  String name();

  boolean required();

  /** Why the value is unacceptable, or empty when it is fine. */
  Optional<CodedProblem> problemWith(Object value);

  static AttributeSpec text(String name, boolean required, int maxLength) {
    return new Text(name, required, maxLength);
  }

  static AttributeSpec choice(String name, boolean required, String... options) {
    return new Choice(name, required, List.of(options));
  }

  static AttributeSpec number(String name, boolean required, String min, String max, boolean wholeOnly) {
    return new Number(name, required, new BigDecimal(min), new BigDecimal(max), wholeOnly);
  }

  /** Free text up to a length. */
  record Text(String name, boolean required, int maxLength) implements AttributeSpec {
    @Override
    public Optional<CodedProblem> problemWith(Object value) {
      if (!(value instanceof String text) || text.isBlank()) {
        return Optional.of(CodedProblem.required("must be a non-empty text"));
      }
      return text.length() > maxLength ? Optional.of(CodedProblem.tooLong(maxLength)) : Optional.empty();
    }
  }

  /** One of a fixed list of codes. */
  record Choice(String name, boolean required, List<String> options) implements AttributeSpec {
    @Override
    public Optional<CodedProblem> problemWith(Object value) {
      return options.contains(value) ? Optional.empty() : Optional.of(CodedProblem.oneOf(options));
    }
  }

  /** A number within a range, optionally whole. */
  record Number(String name, boolean required, BigDecimal min, BigDecimal max, boolean wholeOnly) implements AttributeSpec {
    @Override
    public Optional<CodedProblem> problemWith(Object value) {
      if (!(value instanceof java.lang.Number number)) {
        return Optional.of(CodedProblem.number());
      }
      var decimal = new BigDecimal(number.toString());
      if (wholeOnly && decimal.stripTrailingZeros().scale() > 0) {
        return Optional.of(CodedProblem.wholeNumber());
      }
      if (decimal.compareTo(min) < 0 || decimal.compareTo(max) > 0) {
        return Optional.of(CodedProblem.between(min, max));
      }
      return Optional.empty();
    }
  }
}
