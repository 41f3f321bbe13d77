package cn.wanhuo.hub.marketplace.accounts;

/** What an account may do in the hub. */
public enum Role {
  ADMIN, REVIEWER, ORGANIZER, PRODUCER, BUYER, CONSUMER;

  /** Roles anyone may take by registering; the others are granted by an admin. */
  public boolean selfRegistrable() {
    return this == PRODUCER || this == BUYER || this == CONSUMER;
  }

  /** The authority name Spring Security checks with {@code hasRole}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
