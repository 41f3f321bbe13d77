package cn.wanhuo.hub.marketplace.regions;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** Anhui's administrative divisions, keyed by GB/T 2260 code. */
public interface Regions extends ReactiveMongoRepository<Region, String> {

  Flux<Region> findByLevelOrderByCode(RegionLevel level);

  Flux<Region> findByParentCodeOrderByCode(String parentCode);
}
