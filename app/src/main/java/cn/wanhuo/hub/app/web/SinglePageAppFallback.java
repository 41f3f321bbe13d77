package cn.wanhuo.hub.app.web;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * History-mode routing: a browser asking for a page path such as {@code /admin} gets {@code index.html} and the
 * app's router takes over. API, actuator, docs and real files are left alone, so their 404s stay 404s.
 */
@Component
class SinglePageAppFallback implements WebFilter {

  private static final List<String> SERVER_PATHS = List.of("/api", "/actuator", "/v3", "/swagger-ui", "/webjars", "/problems");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var request = exchange.getRequest();
    String path = request.getPath().pathWithinApplication().value();
    if (request.getMethod() == HttpMethod.GET && isPagePath(path) && acceptsHtml(exchange)) {
      var forwarded = request.mutate().path("/index.html").build();
      return chain.filter(exchange.mutate().request(forwarded).build());
    }
    return chain.filter(exchange);
  }

  private static boolean isPagePath(String path) {
    if (path.equals("/") || path.equals("/index.html")) {
      return false;
    }
    boolean server = SERVER_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !server && !last.contains(".");
  }

  private static boolean acceptsHtml(ServerWebExchange exchange) {
    return exchange.getRequest().getHeaders().getAccept().stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
  }
}
