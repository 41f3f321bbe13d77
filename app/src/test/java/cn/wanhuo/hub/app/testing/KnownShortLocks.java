package cn.wanhuo.hub.app.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Library calls that BlockHound flags but that do not really wait: locks held for nanoseconds on the libraries'
 * own I/O threads, and a non-blocking entropy read. Allowed by name; everything else still fails tests.
 */
public class KnownShortLocks implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    for (String method : new String[] {"withLock", "checkedWithLock", "withInterruptibleLock", "lockInterruptibly", "lockInterruptiblyUnfair", "withUnfairLock"}) {
      builder.allowBlockingCallsInside("com.mongodb.internal.Locks", method);
    }
    builder.allowBlockingCallsInside("com.mongodb.internal.connection.DefaultConnectionPool$OpenConcurrencyLimiter", "tryHandOverOrRelease");
    // Spring Data Redis hands out its one shared reactive connection under a lock; the connection is made at start-up,
    // after which the lock only guards reading the field, but two requests asking at once make one park for a moment.
    builder.allowBlockingCallsInside("org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory",
        "getOrCreateSharedReactiveConnection");
    // Lettuce guards each connection's write path with a lock held only while a command is queued; threads writing to
    // one connection at once (the rate limiter's Bucket4j calls) park on it for a moment. Failing inside it would leave
    // the lock held and hang the connection.
    for (String method : new String[] {"incrementWriters", "decrementWriters", "doExclusive"}) {
      builder.allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", method);
    }
    // Spring Data's mapping context takes its write lock only while it adds a type it has not mapped yet (once per type);
    // a read on an I/O thread at that moment parks briefly. Its lock() is inside the try whose finally unlocks, so
    // failing inside lock() turned into "unlock read lock, not locked by current thread" and a 500 on a login.
    builder.allowBlockingCallsInside("org.springframework.data.mapping.context.AbstractMappingContext", "getPersistentEntity");
    // The test client seeds a SecureRandom (from /dev/urandom, which never blocks) for multipart boundaries.
    builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
  }
}
