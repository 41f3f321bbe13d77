package cn.wanhuo.hub.connectors.platform.internal;

import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads modified orders the way all four platforms need: window by window, and within a window page 1 for the
 * total, then the last page down to page 2. Lists are newest first, so an order modified while we page moves to
 * page 1 (already read) and pushes older ones towards later pages (not read yet): reading backwards sees an order
 * twice rather than never.
 */
public final class OrderPaging {

  private OrderPaging() {}

  public static Flux<PlatformOrder> modified(
      Instant from, Instant to, Duration longestWindow, BiFunction<OrderWindow, Integer, Mono<OrderPage>> readPage) {
    return Flux.fromIterable(OrderWindow.cut(from, to, longestWindow))
        .concatMap(window -> backwards(page -> readPage.apply(window, page)));
  }

  private static Flux<PlatformOrder> backwards(IntFunction<Mono<OrderPage>> readPage) {
    return readPage.apply(1).flatMapMany(first -> Flux.fromIterable(first.orders())
        .concatWith(Flux.range(0, Math.max(0, first.pageCount() - 1))
            .map(i -> first.pageCount() - i)
            .concatMap(readPage::apply)
            .concatMapIterable(OrderPage::orders)));
  }
}
