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
    // The test client seeds a SecureRandom (from /dev/urandom, which never blocks) for multipart boundaries.
    builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
  }
}
