package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.marketplace.accounts.AccountManagement;
import cn.wanhuo.hub.marketplace.accounts.Registration;
import java.net.InetSocketAddress;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Logging in as a sequence of named steps: throttle, check the password, start a fresh session (a new id, so a
 * planted session id is useless) and keep the security context in it.
 */
@Service
public class SessionLogin {

  private final ReactiveAuthenticationManager authentication;
  private final ServerSecurityContextRepository contexts;
  private final LoginThrottle throttle;
  private final AccountManagement accounts;

  SessionLogin(ReactiveAuthenticationManager authentication, ServerSecurityContextRepository contexts,
      LoginThrottle throttle, AccountManagement accounts) {
    this.authentication = authentication;
    this.contexts = contexts;
    this.throttle = throttle;
    this.accounts = accounts;
  }

  public Mono<AccountPrincipal> login(String username, String password, ServerWebExchange exchange) {
    return throttle.attempt(username, clientAddress(exchange))
        .then(authenticate(username, password))
        .flatMap(auth -> startSession(auth, exchange))
        .flatMap(principal -> throttle.succeeded(username).thenReturn(principal));
  }

  /** Opens the account, then logs it in straight away. */
  public Mono<AccountPrincipal> register(Registration registration, ServerWebExchange exchange) {
    return throttle.attemptFrom(clientAddress(exchange))
        .then(accounts.register(registration))
        .then(authenticate(registration.username(), registration.password()))
        .flatMap(auth -> startSession(auth, exchange));
  }

  private Mono<Authentication> authenticate(String username, String password) {
    return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
        .switchIfEmpty(Mono.error(() -> new BadCredentialsException("Bad credentials")));
  }

  private Mono<AccountPrincipal> startSession(Authentication auth, ServerWebExchange exchange) {
    return exchange.getSession()
        .flatMap(WebSession::changeSessionId)
        .then(contexts.save(exchange, new SecurityContextImpl(auth)))
        .thenReturn((AccountPrincipal) auth.getPrincipal());
  }

  private static String clientAddress(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
  }
}
