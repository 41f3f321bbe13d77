package cn.wanhuo.hub.connectors.sync;

/** Where a product's listing on a shop stands. */
public enum SyncStatus {
  /** The platform shows what the hub wants. */
  SYNCED,
  /** The hub wants something the platform does not show yet; a worker will push it. */
  PENDING,
  /** The platform refused it for good; an operator must act (the message says why) and retry. */
  FAILED
}
