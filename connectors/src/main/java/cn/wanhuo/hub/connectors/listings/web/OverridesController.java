package cn.wanhuo.hub.connectors.listings.web;

import cn.wanhuo.hub.connectors.listings.ListingOverrides;
import cn.wanhuo.hub.connectors.listings.OverrideRequest;
import cn.wanhuo.hub.connectors.listings.OverrideView;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/sync/products/{id}/channels/{channel}")
@Tag(name = "Listing overrides", description = "A product's own title, prices and stock share on one platform, or not listed there")
class OverridesController {

  private final ListingOverrides overrides;

  OverridesController(ListingOverrides overrides) {
    this.overrides = overrides;
  }

  @GetMapping
  @Operation(summary = "The product's override on the platform beside the catalog's values (the producer's owner or ADMIN)")
  Mono<OverrideView> get(@PathVariable String id, @PathVariable Channel channel) {
    return overrides.get(id, channel);
  }

  @PutMapping
  @Operation(summary = "Sets the override: title, price and allocated stock per SKU (≤ the SKU's stock), or not on this platform")
  Mono<OverrideView> put(@PathVariable String id, @PathVariable Channel channel, @Valid @RequestBody OverrideRequest request) {
    return overrides.put(id, channel, request);
  }
}
