package cn.wanhuo.hub.marketplace.regions;

import cn.wanhuo.hub.shared.seed.DemoSeed;
import cn.wanhuo.hub.shared.seed.SeedCsv;
import java.util.Locale;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Loads the 16 prefectures and the counties of seed/anhui/regions.csv, upserting by code. */
@Component
class RegionSeed implements DemoSeed {

  static final String FILE = "seed/anhui/regions.csv";

  private final Regions regions;

  RegionSeed(Regions regions) {
    this.regions = regions;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String name() {
    return "regions";
  }

  @Override
  public Mono<Long> load() {
    return SeedCsv.read(FILE, row -> new Region(
        RegionCode.of(row.get("code")).value(),
        RegionLevel.valueOf(row.get("level").toUpperCase(Locale.ROOT)),
        row.get("parent_code"),
        row.get("name_zh"),
        row.get("name_en")))
        .flatMap(rows -> regions.saveAll(rows).count());
  }
}
