package cn.wanhuo.hub.connectors.orders.web;

import cn.wanhuo.hub.connectors.orders.OrderImportStatus;
import cn.wanhuo.hub.connectors.orders.OrderImports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/sync/orders")
@Tag(name = "Order import", description = "Admins watch each shop's order import and start a round at once")
class OrderImportController {

  private final OrderImports imports;

  OrderImportController(OrderImports imports) {
    this.imports = imports;
  }

  @GetMapping
  @Operation(summary = "Each active shop's import: how far, when last, its last error, orders waiting for the ledger")
  Flux<OrderImportStatus> status() {
    return imports.status();
  }

  @PostMapping("/run")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Starts an import round now for every active shop, in the background (202); see the status")
  Mono<Void> run() {
    return imports.importNow();
  }
}
