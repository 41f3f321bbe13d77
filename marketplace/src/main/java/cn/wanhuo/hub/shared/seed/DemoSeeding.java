package cn.wanhuo.hub.shared.seed;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Runs every {@link DemoSeed} once at start-up, before the application reports ready, so a fresh
 * {@code ./hub run} shows real Anhui data and a restart changes nothing.
 */
@Component
@EnableConfigurationProperties(SeedSettings.class)
class DemoSeeding implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

  private final List<DemoSeed> seeds;
  private final SeedSettings settings;

  DemoSeeding(List<DemoSeed> seeds, SeedSettings settings) {
    this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!settings.enabled()) {
      return;
    }
    // Start-up runs on the main thread, not an event loop: waiting here keeps readiness honest.
    Flux.fromIterable(seeds)
        .concatMap(seed -> seed.load().doOnNext(count -> log.info("Seed {}: {} records", seed.name(), count)))
        .then()
        .block(settings.timeout());
  }
}
