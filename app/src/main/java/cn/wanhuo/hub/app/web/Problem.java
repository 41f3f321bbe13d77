package cn.wanhuo.hub.app.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 answer before it is written: status, a stable type slug, a human detail and, for bad input,
 * one entry per offending field.
 */
record Problem(HttpStatus status, String type, String detail, List<FieldError> errors, Map<String, String> headers,
    Map<String, Object> extensions) {

  /** One field that failed: a JSON path such as {@code role} or {@code skus[0].price}, and why. */
  record FieldError(String field, String message) {}

  static Problem of(HttpStatus status, String type, String detail) {
    return new Problem(status, type, detail, List.of(), Map.of(), Map.of());
  }

  Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(status, type, detail, fieldErrors, headers, extensions);
  }

  Problem withHeader(String name, String value) {
    var merged = new java.util.LinkedHashMap<>(headers);
    merged.put(name, value);
    return new Problem(status, type, detail, errors, Map.copyOf(merged), extensions);
  }

  /** Members beyond the standard ones; they never replace a standard member. */
  Problem withExtensions(Map<String, Object> members) {
    return new Problem(status, type, detail, errors, headers, Map.copyOf(members));
  }
}
