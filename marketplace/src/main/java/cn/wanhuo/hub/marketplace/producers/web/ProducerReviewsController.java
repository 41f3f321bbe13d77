package cn.wanhuo.hub.marketplace.producers.web;

import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerReview;
import cn.wanhuo.hub.marketplace.producers.Verification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reviews/producers")
@Tag(name = "Producer reviews", description = "Reviewers verify or reject producers inside their region scope")
class ProducerReviewsController {

  private final ProducerReview review;

  ProducerReviewsController(ProducerReview review) {
    this.review = review;
  }

  @GetMapping
  @Operation(summary = "Producers in a state (default SUBMITTED) inside the caller's region, oldest first")
  Flux<Producer> queue(@RequestParam(defaultValue = "SUBMITTED") Verification status) {
    return review.queue(status);
  }

  @PostMapping("/{id}/verify")
  @Operation(summary = "Verifies a submitted producer; 409 if it is not SUBMITTED, 404 outside the caller's region")
  Mono<Producer> verify(@PathVariable String id) {
    return review.verify(id);
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Rejects a submitted producer with a reason the producer will see")
  Mono<Producer> reject(@PathVariable String id, @Valid @RequestBody RejectionRequest rejection) {
    return review.reject(id, rejection.reason());
  }
}
