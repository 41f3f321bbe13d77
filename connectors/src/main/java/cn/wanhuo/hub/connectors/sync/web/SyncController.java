package cn.wanhuo.hub.connectors.sync.web;

import cn.wanhuo.hub.connectors.sync.ChannelCounters;
import cn.wanhuo.hub.connectors.sync.SyncPage;
import cn.wanhuo.hub.connectors.sync.SyncStatus;
import cn.wanhuo.hub.connectors.sync.SyncStatuses;
import cn.wanhuo.hub.connectors.sync.SyncView;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/sync")
@Tag(name = "Listing sync", description = "Where each product stands on each platform, the error queue, retries and counters")
class SyncController {

  private final SyncStatuses statuses;

  SyncController(SyncStatuses statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/products/{id}")
  @Operation(summary = "The product's sync status on every shop (the producer's owner or ADMIN)")
  Flux<SyncView> product(@PathVariable String id) {
    return statuses.forProduct(id);
  }

  @GetMapping("/listings")
  @Operation(summary = "Listings by status, platform and product id or name, newest plan first (ADMIN)")
  Mono<SyncPage> listings(@RequestParam(required = false) @Nullable SyncStatus status,
      @RequestParam(required = false) @Nullable Channel channel, @RequestParam(required = false) @Nullable String product,
      @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return statuses.search(status, channel, product, page, size);
  }

  @GetMapping("/errors")
  @Operation(summary = "The error queue: failed listings with the platform's message, by platform (ADMIN)")
  Mono<SyncPage> errors(@RequestParam(required = false) @Nullable Channel channel,
      @RequestParam(required = false) @Nullable String product,
      @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return statuses.search(SyncStatus.FAILED, channel, product, page, size);
  }

  @PostMapping("/errors/{id}/retry")
  @Operation(summary = "Puts a failed listing back in the queue, due now (ADMIN)")
  Mono<Map<String, Long>> retry(@PathVariable String id) {
    return statuses.retry(id).map(count -> Map.of("retried", count));
  }

  @PostMapping("/channels/{channel}/retry")
  @Operation(summary = "Puts every failed listing of a platform back in the queue (ADMIN)")
  Mono<Map<String, Long>> retryAll(@PathVariable Channel channel) {
    return statuses.retryAll(channel).map(count -> Map.of("retried", count));
  }

  @GetMapping("/counters")
  @Operation(summary = "Synced, pending and failed listings per platform, now (ADMIN)")
  Flux<ChannelCounters> counters() {
    return statuses.counters();
  }
}
