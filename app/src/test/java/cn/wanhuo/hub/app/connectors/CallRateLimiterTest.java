package cn.wanhuo.hub.app.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wanhuo.hub.app.testing.Browserless;
import cn.wanhuo.hub.connectors.channels.AccountStatus;
import cn.wanhuo.hub.connectors.channels.CallRateLimiter;
import cn.wanhuo.hub.connectors.channels.ChannelAccount;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The rate limit per app key, counted over windows rather than timed: a burst never gets more than the QPS (plus the
 * one token the bucket holds) in a second, every caller gets its permit by waiting, and app keys do not share.
 */
@SyncTest
class CallRateLimiterTest {

  @Autowired CallRateLimiter limiter;

  @Test
  void grantsAtMostTheQpsPerSecondAndMakesTheRestWait() {
    var shop = account(5);
    var burst = Flux.range(0, 12).flatMap(i -> limiter.permit(shop).thenReturn(i)).cache();

    StepVerifier.create(burst.take(Duration.ofSeconds(1)).count())
        .assertNext(inFirstSecond -> assertThat(inFirstSecond).isBetween(1L, 6L))
        .verifyComplete();
    StepVerifier.create(burst.count()).expectNext(12L).verifyComplete();
  }

  @Test
  void givesEachAppKeyItsOwnBucket() {
    var busy = account(2);
    var quiet = account(2);
    var both = Flux.merge(Flux.range(0, 8).flatMap(i -> limiter.permit(busy).thenReturn("busy")),
        Flux.range(0, 2).flatMap(i -> limiter.permit(quiet).thenReturn("quiet")));

    StepVerifier.create(both.take(Duration.ofMillis(1200)).collectList())
        .assertNext(granted -> {
          assertThat(granted).filteredOn("quiet"::equals).hasSize(2);
          assertThat(granted).filteredOn("busy"::equals).hasSizeBetween(1, 4);
        })
        .verifyComplete();
  }

  private static ChannelAccount account(int qps) {
    return new ChannelAccount("limit-test", Channel.TAOBAO, "限流测试店", URI.create("http://127.0.0.1:1"), Browserless.uniqueName("rate-"),
        null, AccountStatus.ACTIVE, qps, null, Instant.now(), Instant.now());
  }
}
