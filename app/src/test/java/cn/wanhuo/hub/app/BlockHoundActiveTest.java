package cn.wanhuo.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
}
