package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.Role;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerNotFound;
import cn.wanhuo.hub.marketplace.producers.Producers;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whose sales the caller may read: organizers and admins every producer's, a producer only its own producers' (another
 * producer's answers 404, as elsewhere in the hub), anyone else none.
 */
@Component
class SalesScope {

  /** The producers to read; {@code all} means every producer, ignoring {@code producerIds}. */
  record Reach(boolean all, List<String> producerIds) {}

  private final CurrentAccount currentAccount;
  private final Producers producers;

  SalesScope(CurrentAccount currentAccount, Producers producers) {
    this.currentAccount = currentAccount;
    this.producers = producers;
  }

  static boolean organizes(Account account) {
    return account.has(Role.ORGANIZER) || account.has(Role.ADMIN);
  }

  /** Campaign dashboards and rebuilds: organizers and admins. */
  Mono<Account> organizer() {
    return currentAccount.get().map(account -> {
      if (!organizes(account)) {
        throw new AccessDeniedException("Only organizers and admins read campaign sales");
      }
      return account;
    });
  }

  /** The producers whose sales the caller reads, narrowed to {@code producerId} when given. */
  Mono<Reach> producers(@Nullable String producerId) {
    return currentAccount.get().flatMap(account -> {
      if (organizes(account)) {
        return Mono.just(producerId == null ? new Reach(true, List.of()) : new Reach(false, List.of(producerId)));
      }
      if (!account.has(Role.PRODUCER)) {
        return Mono.error(new AccessDeniedException("Only producers, organizers and admins read sales"));
      }
      return producers.findByOwnerUsernameOrderByRegisteredAtDesc(account.username()).map(Producer::id).collectList()
          .flatMap(own -> {
            if (producerId == null) {
              return Mono.just(new Reach(false, own));
            }
            return own.contains(producerId) ? Mono.just(new Reach(false, List.of(producerId)))
                : Mono.error(new ProducerNotFound(producerId));
          });
    });
  }
}
