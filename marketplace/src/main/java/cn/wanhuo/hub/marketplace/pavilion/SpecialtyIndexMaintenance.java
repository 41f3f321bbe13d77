package cn.wanhuo.hub.marketplace.pavilion;

import cn.wanhuo.hub.shared.seed.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the index in step with MongoDB: once after the seeds, then periodically, so an index lost while
 * Elasticsearch was away is rebuilt by itself. An outage is logged, never fatal: MongoDB stays the truth.
 */
@Component
class SpecialtyIndexMaintenance implements DemoSeed {

  private static final Logger log = LoggerFactory.getLogger(SpecialtyIndexMaintenance.class);

  private final SpecialtyIndex index;

  SpecialtyIndexMaintenance(SpecialtyIndex index) {
    this.index = index;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String name() {
    return "pavilion search index";
  }

  @Override
  public Mono<Long> load() {
    return reconcile();
  }

  @Scheduled(fixedDelayString = "${wanhuo.search.reconcile-interval:60s}", initialDelayString = "${wanhuo.search.reconcile-interval:60s}")
  Mono<Long> reconcile() {
    return index.reconcile()
        .onErrorResume(e -> {
          log.warn("Search index not reconciled, will retry: {}", e.toString());
          return Mono.empty();
        });
  }
}
