package cn.wanhuo.hub.connectors.listings.web;

import cn.wanhuo.hub.connectors.listings.ListingTemplate;
import cn.wanhuo.hub.connectors.listings.ListingTemplates;
import cn.wanhuo.hub.connectors.listings.TemplateRequest;
import cn.wanhuo.hub.marketplace.catalog.Category;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/channels/templates")
@Tag(name = "Listing templates", description = "Admins map our categories and attributes to each platform's category and properties")
class TemplatesController {

  private final ListingTemplates templates;

  TemplatesController(ListingTemplates templates) {
    this.templates = templates;
  }

  @GetMapping
  @Operation(summary = "Every template, by platform and category (ADMIN)")
  Flux<ListingTemplate> list() {
    return templates.all();
  }

  @PutMapping("/{channel}/{category}")
  @Operation(summary = "Sets a platform's template for a category; its products are planned again (ADMIN)")
  Mono<ListingTemplate> put(@PathVariable Channel channel, @PathVariable Category category, @Valid @RequestBody TemplateRequest request) {
    return templates.put(channel, category, request);
  }
}
