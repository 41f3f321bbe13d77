package cn.wanhuo.hub.connectors.platform;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A platform refused or failed a call. {@link #failure()} tells the caller what to do about it; the platform's own
 * code and message are kept for the operator.
 */
public class PlatformException extends RuntimeException {

  /** What a caller should do about a failed call. */
  public enum Failure {
    /** Platform side, 5xx, timeouts, rate limits: try again later (after {@link #retryAfter()} if given). */
    RETRYABLE,
    /** The session or access token expired or is invalid: the operator must authorise the shop again. */
    REAUTHORIZE,
    /** Our request was wrong (invalid parameter, category): retrying will not help; show it to the operator. */
    PERMANENT
  }

  private final Channel channel;
  private final Failure failure;
  private final String code;
  private final @Nullable Duration retryAfter;

  public PlatformException(Channel channel, Failure failure, String code, String message, @Nullable Duration retryAfter) {
    super(message);
    this.channel = channel;
    this.failure = failure;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  public PlatformException(Channel channel, Failure failure, String code, String message) {
    this(channel, failure, code, message, null);
  }

  public Channel channel() {
    return channel;
  }

  public Failure failure() {
    return failure;
  }

  /** The platform's error code (with its sub-code where it has one), e.g. {@code 7/accesscontrol.limited-by-app-access-count}. */
  public String code() {
    return code;
  }

  /** How long the platform asked us to wait ("This ban will last for N more seconds"), if it said. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
