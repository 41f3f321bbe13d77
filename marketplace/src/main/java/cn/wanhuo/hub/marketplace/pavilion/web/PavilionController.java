package cn.wanhuo.hub.marketplace.pavilion.web;

import cn.wanhuo.hub.marketplace.catalog.ProductEditing;
import cn.wanhuo.hub.marketplace.catalog.PublishedProduct;
import cn.wanhuo.hub.marketplace.pavilion.PavilionSearch;
import cn.wanhuo.hub.marketplace.pavilion.SearchPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/pavilion")
@Tag(name = "Pavilion", description = "The Anhui pavilion (安徽馆) for consumers")
class PavilionController {

  private final PavilionSearch search;
  private final ProductEditing catalog;

  PavilionController(PavilionSearch search, ProductEditing catalog) {
    this.search = search;
    this.catalog = catalog;
  }

  @GetMapping("/products/{id}")
  @Operation(summary = "A published product as consumers see it; 404 for anything not published")
  Mono<PublishedProduct> product(@PathVariable String id) {
    return catalog.published(id);
  }

  @GetMapping("/search")
  @Operation(summary = "Searches Anhui specialties by Chinese or English name or region; 503 while search is down")
  Mono<SearchPage> search(@RequestParam(defaultValue = "") @Size(max = 100) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(500) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return search.search(q.strip(), page, size);
  }
}
