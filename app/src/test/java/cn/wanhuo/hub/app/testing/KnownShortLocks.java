package cn.wanhuo.hub.app.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Library calls that BlockHound flags but that do not really wait, beyond plain lock acquisitions (which
 * {@link ReportedBlockingCalls} lets through): a hand-over in the MongoDB pool, Lettuce's own write lock, and a
 * non-blocking entropy read. Allowed by name; everything else still fails tests.
 */
public class KnownShortLocks implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside("com.mongodb.internal.connection.DefaultConnectionPool$OpenConcurrencyLimiter", "tryHandOverOrRelease");
    // Lettuce guards each connection's write path with a lock held only while a command is queued; threads writing to
    // one connection at once (the rate limiter's Bucket4j calls) park on it for a moment. Failing inside it would leave
    // the lock held and hang the connection.
    for (String method : new String[] {"incrementWriters", "decrementWriters", "doExclusive"}) {
      builder.allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", method);
    }
    // The test client seeds a SecureRandom (from /dev/urandom, which never blocks) for multipart boundaries.
    builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
  }
}
