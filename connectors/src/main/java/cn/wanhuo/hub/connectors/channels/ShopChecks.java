package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.connectors.platform.PlatformConnectors;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Tries a shop's credentials on its platform without changing anything there or here: one harmless signed call, the
 * orders modified in the last minute. Whatever the shop's status, so an admin can check a shop before enabling it
 * again; the outcome is reported, never recorded (pushes and imports pause the shop themselves when refused).
 */
@Service
public class ShopChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final ChannelAccounts accounts;
  private final PlatformConnectors connectors;
  private final Admins admins;
  private final Clock clock = Clock.systemUTC();

  ShopChecks(ChannelAccounts accounts, PlatformConnectors connectors, Admins admins) {
    this.accounts = accounts;
    this.connectors = connectors;
    this.admins = admins;
  }

  public Mono<ShopCheck> check(String id) {
    return admins.require().then(accounts.stored(id)).flatMap(shop -> Mono.defer(() -> {
      long started = System.nanoTime();
      var now = clock.instant();
      return Mono.fromCallable(() -> accounts.opened(shop))
          .flatMap(credentials -> connectors.forChannel(shop.channel()).ordersModified(credentials, now.minus(WINDOW), now).then())
          .timeout(PATIENCE)
          .then(Mono.fromCallable(() -> new ShopCheck(id, true, millisSince(started), null, null, null, clock.instant())))
          .onErrorResume(PlatformException.class, refused -> Mono.just(new ShopCheck(id, false, millisSince(started),
              refused.failure(), refused.code(), refused.getMessage(), clock.instant())))
          .onErrorResume(TimeoutException.class, late -> Mono.just(new ShopCheck(id, false, millisSince(started),
              Failure.RETRYABLE, "timeout", "No answer within " + PATIENCE.toSeconds() + " s", clock.instant())));
    }));
  }

  private static long millisSince(long started) {
    return Duration.ofNanos(System.nanoTime() - started).toMillis();
  }
}
