package cn.wanhuo.hub.promotions.campaigns.web;

import cn.wanhuo.hub.promotions.campaigns.Enrolling;
import cn.wanhuo.hub.promotions.campaigns.EnrolmentFilter;
import cn.wanhuo.hub.promotions.campaigns.EnrolmentPage;
import cn.wanhuo.hub.promotions.campaigns.EnrolmentRequest;
import cn.wanhuo.hub.promotions.campaigns.EnrolmentStatus;
import cn.wanhuo.hub.promotions.campaigns.EnrolmentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/enrolments")
@Tag(name = "Enrolments", description = "Producers offer SKUs to campaigns; organizers and regional reviewers decide")
class EnrolmentsController {

  /** Why an enrolment is rejected; shown to the producer. */
  record Rejection(@NotBlank @Size(max = 500) String reason) {}

  private final Enrolling enrolling;

  EnrolmentsController(Enrolling enrolling) {
    this.enrolling = enrolling;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Enrols a SKU of the caller's published product with a campaign price, quota and per-buyer limit")
  Mono<EnrolmentView> enrol(@Valid @RequestBody EnrolmentRequest request) {
    return enrolling.enrol(request);
  }

  @GetMapping
  @Operation(summary = "Enrolments the caller may see, newest first: producers their own, reviewers their region's, organizers all")
  Mono<EnrolmentPage> list(@RequestParam(required = false) @Nullable String producerId,
      @RequestParam(required = false) @Nullable String campaignId, @RequestParam(required = false) @Nullable EnrolmentStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return enrolling.list(new EnrolmentFilter(producerId, campaignId, status, page, size));
  }

  @PostMapping("/{id}/approve")
  @Operation(summary = "Approves and reserves the quota from the SKU's stock (409 if the stock no longer covers it)")
  Mono<EnrolmentView> approve(@PathVariable String id) {
    return enrolling.approve(id);
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Rejects with a reason the producer sees")
  Mono<EnrolmentView> reject(@PathVariable String id, @Valid @RequestBody Rejection rejection) {
    return enrolling.reject(id, rejection.reason());
  }

  @PostMapping("/{id}/withdraw")
  @Operation(summary = "The producer takes the enrolment back while the campaign is open or closed; releases its quota")
  Mono<EnrolmentView> withdraw(@PathVariable String id) {
    return enrolling.withdraw(id);
  }
}
