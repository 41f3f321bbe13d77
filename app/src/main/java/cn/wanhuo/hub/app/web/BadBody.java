package cn.wanhuo.hub.app.web;

import cn.wanhuo.hub.app.web.Problem.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains unreadable input (malformed JSON, wrong types, unknown enum values or fields) field by field. */
final class BadBody {

  private BadBody() {}

  static Problem problem(ServerWebInputException e) {
    var jackson = Causes.find(e, JacksonException.class);
    if (jackson.isEmpty()) {
      String reason = e.getReason() == null ? "The request could not be read." : e.getReason();
      if (reason.contains("No request body")) {
        reason = "A request body is required.";
      }
      return Problem.of(HttpStatus.BAD_REQUEST, "bad-request", reason);
    }
    JacksonException cause = jackson.get();
    if (cause instanceof StreamReadException && !(cause instanceof MismatchedInputException)) {
      var location = cause.getLocation();
      return Problem.of(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON"
          + (location == null ? "." : " (line %d, column %d).".formatted(location.getLineNr(), location.getColumnNr())));
    }
    return ProblemMapping.validation(List.of(new FieldError(path(cause), message(cause))));
  }

  private static String message(JacksonException cause) {
    return switch (cause) {
      case InvalidFormatException f when f.getTargetType() != null && f.getTargetType().isEnum() ->
          "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
              .collect(Collectors.joining(", ", "[", "]"));
      case InvalidFormatException f -> "has the wrong type: expected " + typeName(f.getTargetType());
      case UnrecognizedPropertyException u -> "is not a known field";
      case MismatchedInputException m -> "has the wrong type: expected " + typeName(m.getTargetType());
      default -> "is invalid";
    };
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }

  private static String path(JacksonException cause) {
    var sb = new StringBuilder();
    for (JacksonException.Reference ref : cause.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "(body)" : sb.toString();
  }
}
