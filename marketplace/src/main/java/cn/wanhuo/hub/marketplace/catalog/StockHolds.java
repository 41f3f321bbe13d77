package cn.wanhuo.hub.marketplace.catalog;

import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Units of a product's SKUs that campaigns hold back (approved quotas not yet sold). Campaigns live in the
 * promotions module, which depends on this one, so the catalog owns this port and promotions implements it; the
 * catalog uses it to refuse a stock below what campaigns hold.
 */
public interface StockHolds {

  StockHolds NONE = productId -> Mono.just(Map.of());

  /** SKU code → units held; SKUs without holds are absent. */
  Mono<Map<String, Integer>> held(String productId);
}
