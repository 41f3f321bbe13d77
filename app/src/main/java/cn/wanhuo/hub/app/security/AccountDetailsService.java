package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.marketplace.accounts.AccountManagement;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Looks accounts up for Spring Security's password check. */
@Component
class AccountDetailsService implements ReactiveUserDetailsService {

  private final AccountManagement accounts;

  AccountDetailsService(AccountManagement accounts) {
    this.accounts = accounts;
  }

  @Override
  public Mono<UserDetails> findByUsername(String username) {
    return accounts.find(username).map(AccountPrincipal::new);
  }
}
