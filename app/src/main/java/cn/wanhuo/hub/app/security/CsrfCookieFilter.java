package cn.wanhuo.hub.app.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** The CSRF token is lazy; subscribing to it makes the XSRF-TOKEN cookie reach the browser on every response. */
class CsrfCookieFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
  }
}
