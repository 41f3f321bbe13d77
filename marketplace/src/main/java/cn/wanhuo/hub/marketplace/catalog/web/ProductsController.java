package cn.wanhuo.hub.marketplace.catalog.web;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductContent;
import cn.wanhuo.hub.marketplace.catalog.ProductEditing;
import cn.wanhuo.hub.marketplace.catalog.ProductGallery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestPart;
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

  /** The gallery in its new order, cover first. */
  record GalleryOrder(@NotNull List<String> images) {}

  private final ProductEditing editing;
  private final ProductGallery gallery;

  ProductsController(ProductEditing editing, ProductGallery gallery) {
    this.editing = editing;
    this.gallery = gallery;
  }

  @PostMapping(path = "/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Adds a JPEG, PNG or WebP image (at most 5 MB, 12 per product) to the end of the gallery")
  Mono<Product> addImage(@PathVariable String id, @RequestPart("file") Mono<FilePart> file) {
    return file.flatMap(image -> gallery.add(id, image));
  }

  @PutMapping("/{id}/images")
  @Operation(summary = "Reorders the gallery; the list must hold exactly the current images")
  Mono<Product> reorderImages(@PathVariable String id, @Valid @RequestBody GalleryOrder order) {
    return gallery.reorder(id, order.images());
  }

  @DeleteMapping("/{id}/images/{imageId}")
  @Operation(summary = "Removes an image from the gallery")
  Mono<Product> removeImage(@PathVariable String id, @PathVariable String imageId) {
    return gallery.remove(id, imageId);
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
