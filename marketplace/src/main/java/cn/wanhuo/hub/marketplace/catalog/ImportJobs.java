package cn.wanhuo.hub.marketplace.catalog;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** Product imports and their progress. */
public interface ImportJobs extends ReactiveMongoRepository<ImportJob, String> {

  Flux<ImportJob> findByOwnerUsernameOrderByStartedAtDesc(String ownerUsername, Pageable page);
}
