package cn.wanhuo.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** BlockHound is installed for every test run (blockhound-junit-platform), so a blocking slip fails tests. */
class BlockHoundActiveTest {

  @Test
  void failsABlockingCallOnANonBlockingThread() {
    Mono.fromCallable(() -> new CountDownLatch(1).await(1, TimeUnit.MILLISECONDS))
        .subscribeOn(Schedulers.parallel())
        .as(StepVerifier::create)
        .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("Blocking call"))
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void failsAWaitOnAConditionOnANonBlockingThread() {
    var lock = new ReentrantLock();
    Mono.fromCallable(() -> {
          lock.lock();
          try {
            return lock.newCondition().await(1, TimeUnit.MILLISECONDS);
          } finally {
            if (lock.isHeldByCurrentThread()) { // failing inside await leaves it released
              lock.unlock();
            }
          }
        })
        .subscribeOn(Schedulers.parallel())
        .as(StepVerifier::create)
        .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("Blocking call"))
        .verify(Duration.ofSeconds(5));
  }

  /** A moment's wait for a library's lock is let through (ReportedBlockingCalls), and the lock works on afterwards. */
  @Test
  void letsANonBlockingThreadWaitForAContendedLockWhichStaysUsable() throws InterruptedException {
    var lock = new ReentrantReadWriteLock();
    lock.writeLock().lock();
    var reading = Mono.fromCallable(() -> {
          lock.readLock().lock();
          try {
            return Thread.currentThread().getName();
          } finally {
            lock.readLock().unlock();
          }
        })
        .subscribeOn(Schedulers.parallel())
        .toFuture();
    // The reader parks for the lock: BlockHound saw the wait and let it through.
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(lock::hasQueuedThreads);
    lock.writeLock().unlock();

    assertThat(reading).succeedsWithin(Duration.ofSeconds(5)).asString().startsWith("parallel-");
    assertThat(lock.writeLock().tryLock(1, TimeUnit.SECONDS)).as("the lock is free again").isTrue();
  }
}
