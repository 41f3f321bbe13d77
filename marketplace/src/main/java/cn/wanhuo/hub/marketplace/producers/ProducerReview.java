package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.ReviewerScope;
import java.time.Clock;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A reviewer's side of onboarding: the queue of producers in the reviewer's region, verify or reject with a reason. */
@Service
public class ProducerReview {

  private final Producers producers;
  private final CurrentAccount currentAccount;
  private final Clock clock = Clock.systemUTC();

  ProducerReview(Producers producers, CurrentAccount currentAccount) {
    this.producers = producers;
    this.currentAccount = currentAccount;
  }

  /** Producers in the given state inside the reviewer's region, oldest first. */
  public Flux<Producer> queue(Verification state) {
    return scope().flatMapMany(scope -> producers.findByVerificationOrderByRegisteredAtAsc(state).filter(p -> scope.covers(p.region())));
  }

  public Mono<Producer> verify(String id) {
    return decide(id, (producer, reviewer) -> producer.verified(reviewer.username(), clock.instant()));
  }

  public Mono<Producer> reject(String id, String reason) {
    return decide(id, (producer, reviewer) -> producer.rejected(reviewer.username(), reason.strip(), clock.instant()));
  }

  private Mono<Producer> decide(String id, java.util.function.BiFunction<Producer, Account, Producer> decision) {
    return currentAccount.get()
        .flatMap(reviewer -> producers.findById(id)
            .filter(producer -> ReviewerScope.of(reviewer).covers(producer.region()))
            .switchIfEmpty(Mono.error(() -> new ProducerNotFound(id)))
            .map(producer -> decision.apply(producer, reviewer)))
        .flatMap(producers::save);
  }

  private Mono<ReviewerScope> scope() {
    return currentAccount.get().map(ReviewerScope::of);
  }
}
