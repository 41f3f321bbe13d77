package cn.wanhuo.hub.marketplace.accounts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The account behind the current request, read fresh so a changed role or region scope applies at once. */
@Component
public class CurrentAccount {

  private final Accounts accounts;

  CurrentAccount(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The caller's account, or an authentication failure (401) for anonymous callers. */
  public Mono<Account> get() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(context -> context.getAuthentication())
        .filter(auth -> auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken))
        .map(Authentication::getName)
        .flatMap(accounts::findByUsername)
        .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("Not logged in")));
  }
}
