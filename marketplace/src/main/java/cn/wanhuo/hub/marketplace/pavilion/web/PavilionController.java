package cn.wanhuo.hub.marketplace.pavilion.web;

import cn.wanhuo.hub.marketplace.catalog.ProductEditing;
import cn.wanhuo.hub.marketplace.catalog.ProductGallery;
import cn.wanhuo.hub.marketplace.catalog.PublishedProduct;
import cn.wanhuo.hub.marketplace.catalog.TracePage;
import cn.wanhuo.hub.marketplace.catalog.Traceability;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/pavilion")
@Tag(name = "Pavilion", description = "The Anhui pavilion (安徽馆) for consumers")
class PavilionController {

  private final ProductEditing catalog;
  private final ProductGallery gallery;
  private final Traceability traceability;

  PavilionController(ProductEditing catalog, ProductGallery gallery, Traceability traceability) {
    this.catalog = catalog;
    this.gallery = gallery;
    this.traceability = traceability;
  }

  @GetMapping("/trace/{traceCode}")
  @Operation(summary = "The public trace page of a batch: what, where, when, who, and the certificates valid today")
  Mono<TracePage> trace(@PathVariable String traceCode) {
    return traceability.trace(traceCode);
  }

  @GetMapping("/images/{imageId}")
  @Operation(summary = "A product image; immutable, so it may be cached for a year")
  Mono<ResponseEntity<Flux<DataBuffer>>> image(@PathVariable String imageId, ServerWebExchange exchange) {
    if (exchange.checkNotModified("\"" + imageId + "\"")) {
      return Mono.just(ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(imageId).build());
    }
    return gallery.image(imageId).map(file -> ResponseEntity.ok()
        .contentType(file.mediaType())
        .contentLength(file.length())
        .eTag(imageId)
        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
        .body(file.content()));
  }

  @GetMapping("/products/{id}")
  @Operation(summary = "A published product as consumers see it; 404 for anything not published")
  Mono<PublishedProduct> product(@PathVariable String id) {
    return catalog.published(id);
  }
}
