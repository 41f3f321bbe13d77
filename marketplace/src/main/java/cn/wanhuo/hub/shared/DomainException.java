package cn.wanhuo.hub.shared;

/**
 * A business failure with a stable machine-readable {@link #problemType() type} and a human message.
 * Subclasses name the failure ({@code ProductNotFound}); the family they extend decides how the web
 * layer answers, so no HTTP leaks into the domain.
 */
public abstract sealed class DomainException extends RuntimeException
    permits DomainException.NotFound, DomainException.Conflict, DomainException.Rejected,
        DomainException.Invalid, DomainException.Unavailable, DomainException.Throttled {

  private final String problemType;

  protected DomainException(String problemType, String message) {
    super(message);
    this.problemType = problemType;
  }

  protected DomainException(String problemType, String message, Throwable cause) {
    super(message, cause);
    this.problemType = problemType;
  }

  /** Kebab-case slug naming the failure, e.g. {@code region-not-found}; stable across releases. */
  public String problemType() {
    return problemType;
  }

  /**
   * Extra members of the problem answer a client acts on (the current state, the other campaign), beside the
   * human detail; none by default.
   */
  public java.util.Map<String, Object> extensions() {
    return java.util.Map.of();
  }

  /** The thing asked for does not exist. */
  public abstract static non-sealed class NotFound extends DomainException {
    protected NotFound(String problemType, String message) {
      super(problemType, message);
    }
  }

  /** The request clashes with the current state (duplicate, stale version, illegal transition). */
  public abstract static non-sealed class Conflict extends DomainException {
    protected Conflict(String problemType, String message) {
      super(problemType, message);
    }
  }

  /** The request is well-formed but breaks a business rule. */
  public abstract static non-sealed class Rejected extends DomainException {
    protected Rejected(String problemType, String message) {
      super(problemType, message);
    }
  }

  /** Fields of the input are wrong in a way only the domain can tell (a check digit, an unknown region). */
  public abstract static non-sealed class Invalid extends DomainException {
    private final java.util.List<FieldProblem> fields;

    protected Invalid(String problemType, String field, String message) {
      this(problemType, java.util.List.of(new FieldProblem(field, message)), message);
    }

    protected Invalid(String problemType, java.util.List<FieldProblem> fields, String message) {
      super(problemType, message);
      this.fields = java.util.List.copyOf(fields);
    }

    public java.util.List<FieldProblem> fields() {
      return fields;
    }
  }

  /** One offending input field, named by its JSON path, and why. */
  public record FieldProblem(String field, String message) {}

  /** A backing service needed for this request is down; retrying later may succeed. */
  public abstract static non-sealed class Unavailable extends DomainException {
    private final String service;

    protected Unavailable(String problemType, String service, String message, Throwable cause) {
      super(problemType, message, cause);
      this.service = service;
    }

    public String service() {
      return service;
    }
  }

  /** Too many attempts; the caller may retry after {@link #retryAfterSeconds()}. */
  public abstract static non-sealed class Throttled extends DomainException {
    private final long retryAfterSeconds;

    protected Throttled(String problemType, String message, long retryAfterSeconds) {
      super(problemType, message);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
