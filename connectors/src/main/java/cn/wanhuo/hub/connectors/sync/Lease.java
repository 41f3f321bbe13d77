package cn.wanhuo.hub.connectors.sync;

import java.time.Instant;

/**
 * Who pushes a listing now, and until when. An expired lease lets any instance take the work over, so an instance
 * dying mid-push only delays it.
 *
 * @param owner a fresh token per claim, so a late writer never mistakes another's claim for its own
 */
public record Lease(String owner, Instant until) {

  static final Lease NONE = new Lease("", Instant.EPOCH);
}
