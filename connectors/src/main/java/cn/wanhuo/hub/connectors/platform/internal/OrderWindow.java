package cn.wanhuo.hub.connectors.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A span of modification times no longer than one order query of a platform may ask for. */
public record OrderWindow(Instant start, Instant end) {

  /** [{@code from}, {@code to}) cut into consecutive windows of at most {@code longest}; none when empty. */
  public static List<OrderWindow> cut(Instant from, Instant to, Duration longest) {
    List<OrderWindow> windows = new ArrayList<>();
    for (Instant start = from; start.isBefore(to); start = start.plus(longest)) {
      Instant end = start.plus(longest);
      windows.add(new OrderWindow(start, end.isBefore(to) ? end : to));
    }
    return windows;
  }
}
