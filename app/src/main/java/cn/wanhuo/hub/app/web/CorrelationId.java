package cn.wanhuo.hub.app.web;

import io.micrometer.context.ContextRegistry;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/**
 * The id that ties a request to every log line it causes. It travels in the Reactor context; automatic
 * context propagation copies it into the logging MDC on whichever thread the work lands.
 */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  public static final String KEY = "correlationId";
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  static {
    ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, () -> MDC.get(KEY), id -> MDC.put(KEY, id), () -> MDC.remove(KEY));
  }

  private CorrelationId() {}

  /** Ensures the accessor is registered before the first request. */
  static void register() {
    // The static initialiser did the work.
  }

  /** The caller's id when it is safe to log, else a fresh one. */
  static String accept(@Nullable String offered) {
    return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : fresh();
  }

  /** Random enough to tell requests apart; SecureRandom (UUID.randomUUID) may block an event loop on entropy. */
  private static String fresh() {
    var random = ThreadLocalRandom.current();
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** The id of this exchange, or "-" before the filter ran. */
  public static String of(ServerWebExchange exchange) {
    String id = exchange.getAttribute(KEY);
    return id == null ? "-" : id;
  }
}
