package cn.wanhuo.hub.marketplace.accounts;

import cn.wanhuo.hub.shared.DomainException;

/** Another account already uses this username. */
public final class UsernameTaken extends DomainException.Conflict {

  public UsernameTaken(String username) {
    super("username-taken", "The username '" + username + "' is already taken.");
  }
}
