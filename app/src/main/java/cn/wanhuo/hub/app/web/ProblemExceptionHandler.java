package cn.wanhuo.hub.app.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** Every failure that reaches the top becomes a problem answer; ordered before Boot's default error handler. */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

  private final ProblemWriter writer;

  ProblemExceptionHandler(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    return writer.write(exchange, error);
  }
}
