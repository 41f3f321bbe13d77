package cn.wanhuo.hub.marketplace.accounts;

import cn.wanhuo.hub.shared.DomainException;

/** Admin-granted roles (ADMIN, REVIEWER, ORGANIZER) cannot be taken by registering. */
public final class RoleNotSelfRegistrable extends DomainException.Rejected {

  public RoleNotSelfRegistrable(Role role) {
    super("role-not-self-registrable", "The role " + role + " is granted by an administrator, not by registering.");
  }
}
