package cn.wanhuo.hub.marketplace.catalog;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link CodedProblem} of a Bean Validation constraint violation: the constraint annotation names the code and
 * its attributes are the args; a constraint without a code here becomes {@code invalid} with its English message.
 */
final class ConstraintCodes {

  private ConstraintCodes() {}

  static CodedProblem of(ConstraintViolation<?> violation) {
    var descriptor = violation.getConstraintDescriptor();
    String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
    Map<String, Object> attributes = descriptor.getAttributes();
    String message = violation.getMessage();
    return switch (constraint) {
      case "NotBlank", "NotNull", "NotEmpty" -> CodedProblem.required(message);
      case "Size" -> size(attributes, message);
      case "Min", "DecimalMin" -> new CodedProblem("min", args(attributes, "value"), message);
      case "Max", "DecimalMax" -> new CodedProblem("max", args(attributes, "value"), message);
      case "Positive" -> new CodedProblem("positive", Map.of(), message);
      case "PositiveOrZero" -> new CodedProblem("not-negative", Map.of(), message);
      case "Pattern" -> new CodedProblem("pattern", args(attributes, "regexp"), message);
      default -> CodedProblem.invalid(message);
    };
  }

  /** A size without a lower bound is a length limit, said the same way as a text attribute's. */
  private static CodedProblem size(Map<String, Object> attributes, String message) {
    return ((Integer) attributes.get("min")) == 0
        ? new CodedProblem("too-long", args(attributes, "max"), message)
        : new CodedProblem("size", args(attributes, "min", "max"), message);
  }

  private static Map<String, Object> args(Map<String, Object> attributes, String... names) {
    var args = new LinkedHashMap<String, Object>();
    List.of(names).stream().filter(attributes::containsKey).forEach(name -> args.put(name, attributes.get(name)));
    return args;
  }
}
