package cn.wanhuo.hub.connectors.simulators;

/** A failure a simulator can inject into calls that passed the gateway's checks. */
public enum Fault {
  /** HTTP 503, nothing applied. */
  SERVER_ERROR,
  /** The answer comes after the simulator's timeout delay (longer than a client waits), nothing applied. */
  TIMEOUT,
  /** The platform's rate-limit error, nothing applied. */
  RATE_LIMIT,
  /** The platform's expired-token error although the token is valid, nothing applied. */
  EXPIRED_TOKEN,
  /** HTTP 200 with a truncated JSON body, nothing applied. */
  MALFORMED,
  /**
   * The platform's invalid-argument error (TOP 41, JD 61, Pinduoduo 21001, Suning biz.*), nothing applied: a failure the
   * hub must show to the operator rather than retry on its own.
   */
  INVALID_PARAMETER,
  /** The call is applied but the answer is an HTTP 503: the caller cannot tell it worked. */
  LOST_RESPONSE
}
