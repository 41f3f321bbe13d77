package cn.wanhuo.hub.marketplace.producers;

/** Where a producer stands with its reviewer. */
public enum Verification {
  /** Profile saved, business licence not uploaded yet. */
  AWAITING_LICENCE,
  /** Licence uploaded; waiting for the reviewer of its region. */
  SUBMITTED,
  VERIFIED,
  /** Rejected with a reason; the producer may correct and resubmit. */
  REJECTED
}
