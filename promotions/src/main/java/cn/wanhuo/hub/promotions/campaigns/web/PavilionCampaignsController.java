package cn.wanhuo.hub.promotions.campaigns.web;

import cn.wanhuo.hub.promotions.campaigns.PublicCampaign;
import cn.wanhuo.hub.promotions.campaigns.PublicCampaigns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/pavilion/campaigns")
@Tag(name = "Pavilion", description = "What consumers see")
class PavilionCampaignsController {

  private final PublicCampaigns campaigns;

  PavilionCampaignsController(PublicCampaigns campaigns) {
    this.campaigns = campaigns;
  }

  @GetMapping("/{id}")
  @Operation(summary = "A scheduled, live or ended campaign's landing page with a page of its products")
  Mono<ResponseEntity<PublicCampaign>> page(@PathVariable String id, @RequestParam(required = false) @Nullable @Size(max = 2_000) String cursor,
      @RequestParam(defaultValue = "24") @Min(1) @Max(60) int size) {
    // Short: the countdown and the products change when the campaign starts or ends.
    return campaigns.page(id, cursor, size).map(page -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(15))).body(page));
  }
}
