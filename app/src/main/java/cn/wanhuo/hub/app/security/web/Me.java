package cn.wanhuo.hub.app.security.web;

import cn.wanhuo.hub.app.security.AccountPrincipal;
import cn.wanhuo.hub.marketplace.accounts.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Who is logged in, as the web app needs it. */
record Me(String username, String displayName, List<Role> roles, @Nullable String regionScope) {

  static Me of(AccountPrincipal principal) {
    return new Me(principal.getUsername(), principal.displayName(), principal.roles().stream().sorted().toList(), principal.regionScope());
  }
}
