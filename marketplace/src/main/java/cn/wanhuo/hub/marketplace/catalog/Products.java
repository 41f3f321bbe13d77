package cn.wanhuo.hub.marketplace.catalog;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** Every product. */
public interface Products extends ReactiveMongoRepository<Product, String> {

  Flux<Product> findByOwnerUsernameOrderByCreatedAtDesc(String ownerUsername);

  Flux<Product> findByProducerId(String producerId);
}
