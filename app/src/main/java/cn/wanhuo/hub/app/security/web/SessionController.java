package cn.wanhuo.hub.app.security.web;

import cn.wanhuo.hub.app.security.AccountPrincipal;
import cn.wanhuo.hub.app.security.SessionLogin;
import cn.wanhuo.hub.marketplace.accounts.Registration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Session", description = "Log in and out, register, who am I; POST /api/auth/logout ends the session (204)")
class SessionController {

  private final SessionLogin login;

  SessionController(SessionLogin login) {
    this.login = login;
  }

  @PostMapping("/login")
  @Operation(summary = "Logs in and starts a session; 401 on bad credentials, 429 when throttled")
  Mono<Me> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
    return login.login(request.username(), request.password(), exchange).map(Me::of);
  }

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Opens a CONSUMER, BUYER or PRODUCER account and logs it in; 409 if the username is taken")
  Mono<Me> register(@Valid @RequestBody Registration registration, ServerWebExchange exchange) {
    return login.register(registration, exchange).map(Me::of);
  }

  @GetMapping("/me")
  @Operation(summary = "The logged-in account; 401 when anonymous")
  Mono<Me> me() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal())
        .ofType(AccountPrincipal.class)
        .map(Me::of)
        .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("Not logged in")));
  }

  @GetMapping("/csrf")
  @Operation(summary = "The CSRF token (also set as the XSRF-TOKEN cookie) to echo in X-XSRF-TOKEN on writes")
  Mono<Map<String, String>> csrf(ServerWebExchange exchange) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? Mono.empty() : token.map(t -> Map.of("headerName", t.getHeaderName(), "parameterName", t.getParameterName(), "token", t.getToken()));
  }
}
