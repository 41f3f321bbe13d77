package cn.wanhuo.hub.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Gives every request a correlation id (the caller's, if sane), echoes it and logs API calls with it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

  private static final Logger log = LoggerFactory.getLogger("cn.wanhuo.hub.access");

  CorrelationIdFilter() {
    CorrelationId.register();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = CorrelationId.accept(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
    exchange.getAttributes().put(CorrelationId.KEY, id);
    exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
    long started = System.nanoTime();
    return chain.filter(exchange)
        .doFinally(signal -> logApiCall(exchange, id, started))
        .contextWrite(context -> context.put(CorrelationId.KEY, id));
  }

  private static void logApiCall(ServerWebExchange exchange, String id, long started) {
    var request = exchange.getRequest();
    String path = request.getPath().value();
    if (!path.startsWith("/api/")) {
      return;
    }
    try (var ignored = MDC.putCloseable(CorrelationId.KEY, id)) {
      log.info("{} {} -> {} in {} ms", request.getMethod(), path, exchange.getResponse().getStatusCode(),
          (System.nanoTime() - started) / 1_000_000);
    }
  }
}
