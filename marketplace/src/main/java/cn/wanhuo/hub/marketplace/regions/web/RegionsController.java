package cn.wanhuo.hub.marketplace.regions.web;

import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.marketplace.regions.RegionNotFound;
import cn.wanhuo.hub.marketplace.regions.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/regions")
@Tag(name = "Regions", description = "Anhui's prefectures and counties (GB/T 2260)")
class RegionsController {

  private final Regions regions;

  RegionsController(Regions regions) {
    this.regions = regions;
  }

  @GetMapping
  @Operation(summary = "Lists regions, optionally one level or the children of one prefecture")
  Flux<Region> list(@RequestParam(required = false) @Nullable RegionLevel level,
      @RequestParam(required = false) @Nullable String parent) {
    if (parent != null) {
      return regions.findByParentCodeOrderByCode(parent);
    }
    if (level != null) {
      return regions.findByLevelOrderByCode(level);
    }
    return regions.findAll(Sort.by("_id"));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One region by its GB/T 2260 code")
  Mono<Region> one(@PathVariable String code) {
    return regions.findById(code).switchIfEmpty(Mono.error(() -> new RegionNotFound(code)));
  }
}
