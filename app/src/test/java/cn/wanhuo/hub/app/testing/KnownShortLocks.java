package cn.wanhuo.hub.app.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Libraries that guard a few fields with a lock held for nanoseconds on their own I/O threads. BlockHound
 * cannot tell such a lock from real blocking; these are allowed by name, everything else still fails tests.
 */
public class KnownShortLocks implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    for (String method : new String[] {"withLock", "checkedWithLock", "withInterruptibleLock", "lockInterruptibly", "lockInterruptiblyUnfair", "withUnfairLock"}) {
      builder.allowBlockingCallsInside("com.mongodb.internal.Locks", method);
    }
    builder.allowBlockingCallsInside("com.mongodb.internal.connection.DefaultConnectionPool$OpenConcurrencyLimiter", "tryHandOverOrRelease");
  }
}
