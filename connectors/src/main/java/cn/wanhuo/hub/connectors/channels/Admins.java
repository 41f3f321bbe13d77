package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Shops and their credentials are an admin's business alone. */
@Component
public class Admins {

  private final CurrentAccount current;

  Admins(CurrentAccount current) {
    this.current = current;
  }

  /** The caller, if an admin; otherwise a 403. */
  public Mono<Account> require() {
    return current.get().map(account -> {
      if (!account.has(Role.ADMIN)) {
        throw new AccessDeniedException("Only admins manage platform connectors");
      }
      return account;
    });
  }
}
