package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who plans campaigns: organizers and admins. */
final class Organizers {

  private Organizers() {}

  static boolean includes(Account account) {
    return account.has(Role.ORGANIZER) || account.has(Role.ADMIN);
  }

  static Account require(Account account) {
    if (!includes(account)) {
      throw new AccessDeniedException("Only organizers and admins plan campaigns");
    }
    return account;
  }
}
