package cn.wanhuo.hub.marketplace.producers;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** Every producer, by owner and by verification state. */
public interface Producers extends ReactiveMongoRepository<Producer, String> {

  Flux<Producer> findByOwnerUsernameOrderByRegisteredAtDesc(String ownerUsername);

  Flux<Producer> findByVerificationOrderByRegisteredAtAsc(Verification verification);
}
