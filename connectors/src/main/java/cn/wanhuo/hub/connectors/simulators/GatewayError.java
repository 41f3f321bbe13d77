package cn.wanhuo.hub.connectors.simulators;

/** A call the simulated gateway refuses; each platform dialect renders it as that platform's own error. */
final class GatewayError extends RuntimeException {

  /** Why a call is refused. */
  enum Kind {
    MISSING_METHOD, MISSING_APP_KEY, MISSING_TIMESTAMP, MISSING_SIGNATURE, UNKNOWN_APP_KEY, BAD_SIGNATURE,
    BAD_TIMESTAMP, UNKNOWN_METHOD, MISSING_TOKEN, EXPIRED_TOKEN, UNKNOWN_TOKEN, RATE_LIMITED,
    MISSING_PARAM, INVALID_PARAM, NOT_FOUND, WINDOW_TOO_WIDE
  }

  private final Kind kind;

  GatewayError(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  static GatewayError of(Kind kind) {
    return new GatewayError(kind, kind.name());
  }

  static GatewayError missing(String param) {
    return new GatewayError(Kind.MISSING_PARAM, param);
  }

  static GatewayError invalid(String param, String why) {
    return new GatewayError(Kind.INVALID_PARAM, param + ": " + why);
  }

  static GatewayError notFound(String what) {
    return new GatewayError(Kind.NOT_FOUND, what);
  }

  Kind kind() {
    return kind;
  }
}
