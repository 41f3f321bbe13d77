package cn.wanhuo.hub.connectors.channels;

/** Whether the hub may call a platform for a shop. */
public enum AccountStatus {
  /** Calls go out. */
  ACTIVE,
  /** The platform refused the token; work for the shop waits until an admin authorises it again. */
  NEEDS_REAUTHORIZATION,
  /** Switched off by an admin; nothing is pushed. */
  DISABLED
}
