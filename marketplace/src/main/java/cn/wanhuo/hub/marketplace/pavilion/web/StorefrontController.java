package cn.wanhuo.hub.marketplace.pavilion.web;

import cn.wanhuo.hub.marketplace.pavilion.PavilionCache.Page;
import cn.wanhuo.hub.marketplace.pavilion.Storefront;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The storefront pages, served from the Redis page cache with a strong ETag (a repeat visit costs a 304) and a short
 * public max-age, since a change reaches the pages within seconds.
 */
@RestController
@RequestMapping("/api/pavilion")
class StorefrontController {

  private static final CacheControl PUBLIC_SHORT = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();

  private final Storefront storefront;

  StorefrontController(Storefront storefront) {
    this.storefront = storefront;
  }

  @GetMapping("/home")
  @Operation(summary = "Front page: categories and the 16 prefectures with product counts, new arrivals, time-honoured brands, campaigns",
      responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Storefront.Home.class))))
  Mono<ResponseEntity<String>> home(ServerWebExchange exchange) {
    return storefront.home().map(page -> answer(page, exchange));
  }

  @GetMapping("/prefectures/{code}")
  @Operation(summary = "A prefecture: counties with counts, sourced specialties, categories and first products",
      responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Storefront.PrefecturePage.class))))
  Mono<ResponseEntity<String>> prefecture(@PathVariable String code, ServerWebExchange exchange) {
    return storefront.prefecture(code).map(page -> answer(page, exchange));
  }

  @GetMapping("/products/{id}/page")
  @Operation(summary = "A published product with its producer and region names, for the product page",
      responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Storefront.ProductPage.class))))
  Mono<ResponseEntity<String>> product(@PathVariable String id, ServerWebExchange exchange) {
    return storefront.product(id).map(page -> answer(page, exchange));
  }

  @GetMapping("/producers/{id}")
  @Operation(summary = "A verified producer and its published products",
      responses = @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Storefront.ProducerPage.class))))
  Mono<ResponseEntity<String>> producer(@PathVariable String id, ServerWebExchange exchange) {
    return storefront.producer(id).map(page -> answer(page, exchange));
  }

  private static ResponseEntity<String> answer(Page page, ServerWebExchange exchange) {
    if (exchange.checkNotModified(page.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(page.etag()).cacheControl(PUBLIC_SHORT).build();
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(page.etag()).cacheControl(PUBLIC_SHORT).body(page.json());
  }
}
