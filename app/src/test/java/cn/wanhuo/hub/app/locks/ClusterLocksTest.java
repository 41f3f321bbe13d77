package cn.wanhuo.hub.app.locks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.app.testing.HubTest;
import cn.wanhuo.hub.shared.locks.ClusterLocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** A cluster lock in the real Redis: held while its work runs, refused to a second taker, free again afterwards. */
@HubTest
class ClusterLocksTest {

  @Autowired ClusterLocks locks;

  @Test
  void runsWorkOnlyWhereTheLockWasWon() {
    String name = Browserless.uniqueName("lock");
    Sinks.One<String> release = Sinks.one();
    var first = locks.withLock(name, Duration.ofMinutes(1), release.asMono()).toFuture();

    StepVerifier.create(Mono.delay(Duration.ofMillis(200)).then(locks.withLock(name, Duration.ofMinutes(1), Mono.just("second"))))
        .verifyComplete();

    release.tryEmitValue("first");
    assertThat(first.join()).isEqualTo("first");
    StepVerifier.create(Mono.delay(Duration.ofMillis(200)).then(locks.withLock(name, Duration.ofMinutes(1), Mono.just("third"))))
        .expectNext("third").verifyComplete();
  }
}
