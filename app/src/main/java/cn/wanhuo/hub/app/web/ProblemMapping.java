package cn.wanhuo.hub.app.web;

import cn.wanhuo.hub.app.web.Problem.FieldError;
import cn.wanhuo.hub.shared.DomainException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/** Decides the problem answer for any failure; the one place where exceptions meet HTTP statuses. */
final class ProblemMapping {

  private ProblemMapping() {}

  static Problem of(Throwable error) {
    if (Causes.find(error, DataBufferLimitException.class).isPresent()) {
      return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request body is larger than this endpoint accepts.");
    }
    Optional<String> downService = ServiceOutage.serviceBehind(error);
    if (downService.isPresent() && !(error instanceof DomainException)) {
      return unavailable(downService.get());
    }
    return switch (error) {
      case DomainException.NotFound e -> Problem.of(HttpStatus.NOT_FOUND, e.problemType(), e.getMessage());
      case DomainException.Conflict e -> Problem.of(HttpStatus.CONFLICT, e.problemType(), e.getMessage()).withExtensions(e.extensions());
      case DomainException.Rejected e -> Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, e.problemType(), e.getMessage())
          .withExtensions(e.extensions());
      case DomainException.Invalid e -> validation(e.fields().stream().map(f -> new FieldError(f.field(), f.message())).toList());
      case DomainException.Unavailable e -> unavailable(e.service());
      case DomainException.Throttled e -> Problem.of(HttpStatus.TOO_MANY_REQUESTS, e.problemType(), e.getMessage())
          .withHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      case WebExchangeBindException e -> validation(e.getFieldErrors().stream()
          .map(f -> new FieldError(f.getField(), f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage())).toList());
      case HandlerMethodValidationException e -> validation(e.getParameterValidationResults().stream()
          .flatMap(result -> result.getResolvableErrors().stream().map(err -> new FieldError(
              result.getMethodParameter().getParameterName(), err.getDefaultMessage() == null ? "is invalid" : err.getDefaultMessage())))
          .toList());
      case ServerWebInputException e -> BadBody.problem(e);
      case ConstraintViolationException e -> validation(e.getConstraintViolations().stream()
          .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList());
      case ResponseStatusException e -> fromStatus(e);
      case CsrfException e -> Problem.of(HttpStatus.FORBIDDEN, "csrf-token-invalid",
          "The request lacks a valid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.");
      case AuthenticationException e -> Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Please log in to do this.");
      case AccessDeniedException e -> Problem.of(HttpStatus.FORBIDDEN, "forbidden", "Your account's roles do not allow this.");
      case DuplicateKeyException e -> Problem.of(HttpStatus.CONFLICT, "duplicate", "Something with the same unique key exists already.");
      case OptimisticLockingFailureException e -> Problem.of(HttpStatus.CONFLICT, "stale-version",
          "Someone else changed this in the meantime; reload it and apply your change again.");
      default -> Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
          "Something went wrong on our side; quote the correlation id when you report it.");
    };
  }

  static Problem validation(List<FieldError> errors) {
    return Problem.of(HttpStatus.BAD_REQUEST, "validation-failed", "Some fields are invalid; see errors.").withErrors(errors);
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static Problem unavailable(String service) {
    return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
        service + " is unavailable right now; please retry shortly.").withHeader("Retry-After", "5");
  }

  private static Problem fromStatus(ResponseStatusException e) {
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    String type = switch (status) {
      case NOT_FOUND -> "not-found";
      case METHOD_NOT_ALLOWED -> "method-not-allowed";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
      case NOT_ACCEPTABLE -> "not-acceptable";
      default -> status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    };
    String detail = status == HttpStatus.NOT_FOUND ? "Nothing lives at this address."
        : e.getReason() != null ? e.getReason() : status.getReasonPhrase();
    var problem = Problem.of(status, type, detail);
    for (var header : e.getHeaders().headerSet()) {
      problem = problem.withHeader(header.getKey(), String.join(", ", header.getValue()));
    }
    return problem;
  }
}
