package cn.wanhuo.hub.marketplace.catalog.web;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductContent;
import cn.wanhuo.hub.marketplace.catalog.ProductEditing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/products")
@Tag(name = "Products", description = "Producers draft, submit, publish and delist their products; every step is audited")
class ProductsController {

  private final ProductEditing editing;

  ProductsController(ProductEditing editing) {
    this.editing = editing;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Drafts a product for one of the caller's verified producers; descriptions are sanitised")
  Mono<Product> draft(@Valid @RequestBody NewProduct product) {
    return editing.draft(product.producerId(), product.content());
  }

  @GetMapping("/mine")
  @Operation(summary = "The caller's products, newest first")
  Flux<Product> mine() {
    return editing.mine();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A product with its review state and audit trail, for its producer and reviewers covering it")
  Mono<Product> one(@PathVariable String id) {
    return editing.managed(id);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Edits the content; a published product keeps its approved content until the change is approved")
  Mono<Product> edit(@PathVariable String id, @RequestParam long version, @Valid @RequestBody ProductContent content) {
    return editing.edit(id, version, content);
  }

  @PostMapping("/{id}/submit")
  @Operation(summary = "Submits a draft for review; 409 names the current state when not a draft")
  Mono<Product> submit(@PathVariable String id) {
    return editing.submit(id);
  }

  @PostMapping("/{id}/publish")
  @Operation(summary = "Publishes an approved product (or lists a delisted one again)")
  Mono<Product> publish(@PathVariable String id) {
    return editing.publish(id);
  }

  @PostMapping("/{id}/delist")
  @Operation(summary = "Takes a published product off sale everywhere")
  Mono<Product> delist(@PathVariable String id) {
    return editing.delist(id);
  }
}
