package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The failures every adapter raises the same way. */
public final class Failures {

  public static final String MALFORMED = "MALFORMED_ANSWER";

  private Failures() {}

  /** An answer that is not what the platform documents: a gateway hiccup far more often than a changed API. */
  public static PlatformException malformed(Channel channel, String detail) {
    return new PlatformException(channel, Failure.RETRYABLE, MALFORMED, "Unexpected answer from " + channel + ": " + detail);
  }

  /** A business answer with {@code is_success}/{@code success} false and no error envelope. */
  public static PlatformException unsuccessful(Channel channel, String call) {
    return new PlatformException(channel, Failure.PERMANENT, "UNSUCCESSFUL", channel + " did not accept " + call);
  }

  /** The platform's own words for the operator: its message parts, blank and repeated ones left out. */
  public static String describe(String... parts) {
    return Arrays.stream(parts).filter(part -> !part.isBlank()).distinct().collect(Collectors.joining(": "));
  }
}
