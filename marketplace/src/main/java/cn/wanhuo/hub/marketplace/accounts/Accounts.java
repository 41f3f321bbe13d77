package cn.wanhuo.hub.marketplace.accounts;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Mono;

/** Every account, by lower-case username. */
public interface Accounts extends ReactiveMongoRepository<Account, String> {

  Mono<Account> findByUsername(String username);

  Mono<Boolean> existsByRoles(Role role);
}
