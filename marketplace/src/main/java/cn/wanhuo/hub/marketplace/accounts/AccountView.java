package cn.wanhuo.hub.marketplace.accounts;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What administrators see of an account: never the password hash. */
public record AccountView(String id, String username, String displayName, List<Role> roles, @Nullable String regionScope, Instant createdAt) {

  static AccountView of(Account account) {
    return new AccountView(account.id(), account.username(), account.displayName(), account.roles().stream().sorted().toList(),
        account.regionScope(), account.createdAt());
  }
}
