package cn.wanhuo.hub.marketplace.catalog.web;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reviews/products")
@Tag(name = "Product reviews", description = "Reviewers approve or reject products and changes inside their region")
class ProductReviewsController {

  /** Why a reviewer rejects; shown to the producer. */
  record Rejection(@NotBlank @Size(max = 500) String reason) {}

  private final ProductReview review;

  ProductReviewsController(ProductReview review) {
    this.review = review;
  }

  @GetMapping
  @Operation(summary = "Submitted products and proposed changes inside the caller's region, oldest first")
  Flux<Product> queue() {
    return review.queue();
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approves a submission, or applies a proposed change to a published product")
  Mono<Product> approve(@PathVariable String id) {
    return review.approve(id);
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Rejects a submission or a proposed change, with a reason the producer sees")
  Mono<Product> reject(@PathVariable String id, @Valid @RequestBody Rejection rejection) {
    return review.reject(id, rejection.reason());
  }
}
