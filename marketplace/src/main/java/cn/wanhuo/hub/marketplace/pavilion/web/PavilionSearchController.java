package cn.wanhuo.hub.marketplace.pavilion.web;

import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.marketplace.catalog.Provenance.CertificateType;
import cn.wanhuo.hub.marketplace.pavilion.ProductQuery;
import cn.wanhuo.hub.marketplace.pavilion.ProductQuery.SortOrder;
import cn.wanhuo.hub.marketplace.pavilion.ProductSearch;
import cn.wanhuo.hub.marketplace.pavilion.SearchResult;
import cn.wanhuo.hub.marketplace.pavilion.Suggestions;
import cn.wanhuo.hub.marketplace.pavilion.Suggestions.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Validated
@RequestMapping("/api/pavilion")
@Tag(name = "Pavilion", description = "The Anhui pavilion (安徽馆) for consumers")
class PavilionSearchController {

  private final ProductSearch search;
  private final Suggestions suggestions;

  PavilionSearchController(ProductSearch search, Suggestions suggestions) {
    this.search = search;
    this.suggestions = suggestions;
  }

  @GetMapping("/search")
  @Operation(summary = "Searches published products in Chinese, English, pinyin or initials, with filters, facets and "
      + "search_after paging; 503 while search is down")
  Mono<SearchResult> search(
      @RequestParam(defaultValue = "") @Size(max = 100) String q,
      @RequestParam(required = false) @Nullable List<Category> category,
      @RequestParam(required = false) @Nullable @Pattern(regexp = "34\\d{2}00") String prefecture,
      @RequestParam(required = false) @Nullable @Pattern(regexp = "34\\d{4}") String county,
      @RequestParam(defaultValue = "false") boolean gi,
      @RequestParam(required = false) @Nullable CertificateType certificate,
      @Parameter(description = "lowest price in fen") @RequestParam(required = false) @Nullable @Min(0) Long minPriceFen,
      @Parameter(description = "highest price in fen") @RequestParam(required = false) @Nullable @Min(0) Long maxPriceFen,
      @RequestParam(defaultValue = "false") boolean inStock,
      @RequestParam(required = false) @Nullable @Size(max = 40) String campaign,
      @RequestParam(defaultValue = "RELEVANCE") SortOrder sort,
      @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) @Nullable @Size(max = 400) String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
    return search.search(new ProductQuery(q, category == null ? List.of() : category.stream().map(Enum::name).toList(), prefecture,
        county, gi, certificate == null ? null : certificate.name(), minPriceFen, maxPriceFen, inStock, campaign, sort, cursor, size));
  }

  @GetMapping("/suggest")
  @Operation(summary = "Suggestions while typing: names, pinyin from any syllable, initials; fuzzy for Latin input")
  Mono<List<Suggestion>> suggest(@RequestParam @Size(max = 40) String q, @RequestParam(required = false) @Nullable Category category,
      @RequestParam(defaultValue = "8") @Min(1) @Max(20) int size) {
    return suggestions.suggest(q, category == null ? null : category.name(), size);
  }
}
