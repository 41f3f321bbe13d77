package cn.wanhuo.hub.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes any failure as {@code application/problem+json}; used by the exception handler and by security. */
@Component
public class ProblemWriter {

  private static final Logger log = LoggerFactory.getLogger(ProblemWriter.class);

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public Mono<Void> write(ServerWebExchange exchange, Throwable error) {
    Problem problem = ProblemMapping.of(error);
    String correlationId = CorrelationId.of(exchange);
    logFailure(exchange, error, problem, correlationId);
    var response = exchange.getResponse();
    response.setStatusCode(problem.status());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    problem.headers().forEach(response.getHeaders()::set);
    byte[] body = json.writeValueAsBytes(body(problem, exchange.getRequest().getPath().value(), correlationId));
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
  }

  private static Map<String, Object> body(Problem problem, String instance, String correlationId) {
    var body = new LinkedHashMap<String, Object>();
    body.put("type", "/problems/" + problem.type());
    body.put("title", problem.status().getReasonPhrase());
    body.put("status", problem.status().value());
    body.put("detail", problem.detail());
    body.put("instance", instance);
    body.put("correlationId", correlationId);
    if (!problem.errors().isEmpty()) {
      body.put("errors", problem.errors());
    }
    problem.extensions().forEach(body::putIfAbsent);
    return body;
  }

  private static String rootCause(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }

  private static void logFailure(ServerWebExchange exchange, Throwable error, Problem problem, String correlationId) {
    try (var ignored = MDC.putCloseable(CorrelationId.KEY, correlationId)) {
      String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
      if (problem.status().value() == 500) {
        log.error("{} failed", request, error);
      } else if (problem.status().is5xxServerError()) {
        log.warn("{} answered {}: {} (root cause: {})", request, problem.status().value(), error, rootCause(error));
      } else {
        log.debug("{} answered {}: {}", request, problem.status().value(), error.toString());
      }
    }
  }
}
