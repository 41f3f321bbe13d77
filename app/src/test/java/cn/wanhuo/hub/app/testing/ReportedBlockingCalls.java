package cn.wanhuo.hub.app.testing;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Prints every blocking call BlockHound catches before throwing, as it would. Libraries often swallow that error in
 * their I/O callbacks (the MongoDB driver does), which leaves the pipeline it was thrown through stalled with no trace:
 * a test then waits without a clue. With this, the log says which thread blocked where.
 *
 * <p>A thread parking to acquire a {@code java.util.concurrent} lock is let through instead, with one line printed
 * per place. Every full run showed such waits: Netty's buffer allocator growing its magazines, Reactor cancelling a
 * timer, Spring Data Redis reading a script's digest, Spring Data mapping a type, Jackson caching a deserializer. Those
 * sections last microseconds, and none of that code expects an exception there: thrown, the error surfaced as a failed
 * sales count or was swallowed inside a driver callback, where it can leave a pipeline that never ends. The hub's own
 * code takes no such locks, and a lock holder that blocks is still caught where it blocks. Waiting on a latch, a
 * condition, a future or a sleep still fails.
 */
public class ReportedBlockingCalls implements BlockHoundIntegration {

  private static final String LOCKS_PACKAGE = "java.util.concurrent.locks.";
  /** Where a lock's acquire parks or spins, below the lock's own frames. */
  private static final Set<String> WAITS = Set.of(LOCKS_PACKAGE + "AbstractQueuedSynchronizer",
      LOCKS_PACKAGE + "AbstractQueuedLongSynchronizer", LOCKS_PACKAGE + "LockSupport", "jdk.internal.misc.Unsafe",
      "java.lang.Thread");
  private final Set<String> reportedTakers = ConcurrentHashMap.newKeySet();

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.blockingMethodCallback(method -> {
      Optional<String> lockTaker = lockTaker();
      if (lockTaker.isPresent()) {
        if (reportedTakers.add(lockTaker.get())) {
          System.err.println("[blockhound] let " + Thread.currentThread().getName() + " wait for a lock taken in "
              + lockTaker.get() + " (printed once)");
        }
        return;
      }
      var error = new BlockingOperationError(method);
      System.err.println("[blockhound] " + error.getMessage() + " on thread " + Thread.currentThread().getName());
      error.printStackTrace(System.err);
      throw error;
    });
  }

  /** When this thread parks or spins inside a lock's acquire, the method that took the lock; otherwise empty. */
  static Optional<String> lockTaker() {
    return StackWalker.getInstance().walk(frames -> {
      var below = frames.dropWhile(frame -> !WAITS.contains(frame.getClassName()))
          .dropWhile(frame -> WAITS.contains(frame.getClassName()))
          .iterator();
      if (!below.hasNext() || !isLock(below.next().getClassName())) {
        return Optional.empty();
      }
      while (below.hasNext()) {
        var frame = below.next();
        if (!isLock(frame.getClassName())) {
          return Optional.of(frame.getClassName() + "#" + frame.getMethodName());
        }
      }
      return Optional.empty();
    });
  }

  private static boolean isLock(String className) {
    return className.startsWith(LOCKS_PACKAGE + "Reentrant") || className.startsWith(LOCKS_PACKAGE + "StampedLock");
  }
}
