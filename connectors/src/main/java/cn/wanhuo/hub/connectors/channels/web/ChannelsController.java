package cn.wanhuo.hub.connectors.channels.web;

import cn.wanhuo.hub.connectors.channels.DemoShopView;
import cn.wanhuo.hub.connectors.channels.Reauthorization;
import cn.wanhuo.hub.connectors.channels.ShopCheck;
import cn.wanhuo.hub.connectors.channels.ShopChecks;
import cn.wanhuo.hub.connectors.channels.ShopConnections;
import cn.wanhuo.hub.connectors.channels.ShopRequest;
import cn.wanhuo.hub.connectors.channels.ShopView;
import cn.wanhuo.hub.promotions.campaigns.Channel;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/channels")
@Tag(name = "Channels", description = "Admins connect shops on Taobao/Tmall, JD, Pinduoduo and Suning; secrets are write-only")
class ChannelsController {

  private final ShopConnections shops;
  private final ShopChecks checks;

  ChannelsController(ShopConnections shops, ShopChecks checks) {
    this.shops = shops;
    this.checks = checks;
  }

  @GetMapping
  @Operation(summary = "Every connected shop with its status and token expiry, never its secrets (ADMIN)")
  Flux<ShopView> list() {
    return shops.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Connects a shop: platform, shop name, gateway, app key, app secret, token, expiry, QPS (ADMIN)")
  Mono<ShopView> connect(@Valid @RequestBody ShopRequest request) {
    return shops.connect(request);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Changes a shop; a blank app secret or token keeps the stored one (ADMIN)")
  Mono<ShopView> change(@PathVariable String id, @Valid @RequestBody ShopRequest request) {
    return shops.change(id, request);
  }

  @PostMapping("/{id}/reauthorize")
  @Operation(summary = "Authorises the shop again with a new token and expiry; it becomes ACTIVE and waiting pushes resume (ADMIN)")
  Mono<ShopView> reauthorize(@PathVariable String id, @Valid @RequestBody Reauthorization request) {
    return shops.reauthorize(id, request);
  }

  @PostMapping("/{id}/check")
  @Operation(summary = "Calls the platform once with the shop's credentials (its orders of the last minute) and reports whether it "
      + "answered or what it said instead; changes nothing (ADMIN)")
  Mono<ShopCheck> check(@PathVariable String id) {
    return checks.check(id);
  }

  @PostMapping("/{id}/disable")
  @Operation(summary = "Disables the shop: nothing more is pushed to it (ADMIN)")
  Mono<ShopView> disable(@PathVariable String id) {
    return shops.disable(id);
  }

  @GetMapping("/demo-shops")
  @Operation(summary = "The simulators' demo shops, without secrets, and whether each is connected (ADMIN)")
  Flux<DemoShopView> demoShops() {
    return shops.demoShops();
  }

  @PostMapping("/demo-shops/{channel}")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Connects the platform's demo shop in one step (ADMIN)")
  Mono<ShopView> connectDemo(@PathVariable Channel channel) {
    return shops.connectDemo(channel);
  }
}
