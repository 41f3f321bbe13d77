package cn.wanhuo.hub.app.connectors;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.PlatformException;
import cn.wanhuo.hub.connectors.platform.PlatformException.Failure;
import cn.wanhuo.hub.connectors.platform.PlatformItem;
import cn.wanhuo.hub.connectors.platform.PlatformOrder;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One shop (app key) on an in-memory platform: it keeps items by our outer id, records every call, and fails on
 * demand for one product with any failure kind, before or after applying the call (an answer lost on the way back).
 */
public final class FakeShop {

  /** One item as the platform holds it. */
  public record Item(String itemId, Listing listing, Map<String, String> skuIds, List<SkuOffer> offers, boolean onSale) {}

  /** A recorded call: which method, for which of our products. */
  public record Call(String method, String outerId) {}

  private record Fault(String outerId, String method, Failure failure, boolean afterApplying, @Nullable Duration retryAfter,
      String message, Duration stall, boolean actsAfterStall) {}

  private final Channel channel;
  private final Map<String, Item> items = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final AtomicLong ids = new AtomicLong(1000);

  FakeShop(Channel channel) {
    this.channel = channel;
  }

  /** The next call of {@code method} for the product fails so; {@code afterApplying} makes the platform act first. */
  public void fail(String outerId, String method, Failure failure, boolean afterApplying, @Nullable Duration retryAfter, String message) {
    faults.add(new Fault(outerId, method, failure, afterApplying, retryAfter, message, Duration.ZERO, false));
  }

  /** The next call of {@code method} for the product hangs this long and then times out without acting. */
  public void stall(String outerId, String method, Duration stall) {
    faults.add(new Fault(outerId, method, Failure.RETRYABLE, false, null, "timed out", stall, false));
  }

  /** The next call of {@code method} for the product takes this long, then acts and answers as usual. */
  public void slow(String outerId, String method, Duration delay) {
    faults.add(new Fault(outerId, method, Failure.RETRYABLE, false, null, "", delay, true));
  }

  public Optional<Item> item(String outerId) {
    return Optional.ofNullable(items.get(outerId));
  }

  public List<Call> callsFor(String outerId) {
    return calls.stream().filter(call -> call.outerId().equals(outerId)).toList();
  }

  public long count(String outerId, String method) {
    return callsFor(outerId).stream().filter(call -> call.method().equals(method)).count();
  }

  Mono<PlatformItem> findByOuterId(String outerId) {
    return call("findByOuterId", outerId, () -> Optional.ofNullable(items.get(outerId)).map(FakeShop::asPlatformItem).orElse(null));
  }

  Mono<PlatformItem> publish(Listing listing) {
    return call("publish", listing.outerId(), () -> {
      String itemId = String.valueOf(ids.incrementAndGet());
      var skuIds = listing.skus().stream().collect(Collectors.toMap(SkuOffer::outerSkuId, sku -> itemId + "-" + sku.outerSkuId()));
      var item = new Item(itemId, listing, skuIds, listing.skus(), true);
      items.put(listing.outerId(), item);
      return asPlatformItem(item);
    });
  }

  Mono<PlatformItem> update(PlatformItem known, Listing listing) {
    return call("update", listing.outerId(), () -> {
      var old = items.get(listing.outerId());
      var item = new Item(known.itemId(), listing, old == null ? known.skuIds() : old.skuIds(), old == null ? List.of() : old.offers(), true);
      items.put(listing.outerId(), item);
      return asPlatformItem(item);
    });
  }

  Mono<Void> updatePriceAndStock(PlatformItem known, List<SkuOffer> skus) {
    String outerId = outerIdOf(known);
    return call("updatePriceAndStock", outerId, () -> {
      items.computeIfPresent(outerId, (id, item) -> new Item(item.itemId(), item.listing(), item.skuIds(), List.copyOf(skus), item.onSale()));
      return null;
    }).then();
  }

  Mono<Void> delist(PlatformItem known) {
    String outerId = outerIdOf(known);
    return call("delist", outerId, () -> {
      items.computeIfPresent(outerId, (id, item) -> new Item(item.itemId(), item.listing(), item.skuIds(), item.offers(), false));
      return null;
    }).then();
  }

  /** No orders; a fault for method {@code ordersModified} is keyed by the outer id "" (the call names no product). */
  Flux<PlatformOrder> ordersModified(Instant from, Instant to) {
    return call("ordersModified", "", () -> null).thenMany(Flux.empty());
  }

  private <T> Mono<T> call(String method, String outerId, Supplier<@Nullable T> action) {
    return Mono.defer(() -> {
      calls.add(new Call(method, outerId));
      var fault = takeFault(outerId, method);
      if (fault == null) {
        return Mono.justOrEmpty(action.get());
      }
      if (fault.actsAfterStall()) {
        return Mono.delay(fault.stall()).then(Mono.fromSupplier(action::get));
      }
      if (!fault.stall().isZero()) {
        return Mono.delay(fault.stall()).then(Mono.error(failure(fault)));
      }
      if (fault.afterApplying()) {
        action.get();
      }
      return Mono.error(failure(fault));
    });
  }

  private synchronized @Nullable Fault takeFault(String outerId, String method) {
    for (var fault : new ArrayList<>(faults)) {
      if (fault.outerId().equals(outerId) && fault.method().equals(method)) {
        faults.remove(fault);
        return fault;
      }
    }
    return null;
  }

  private PlatformException failure(Fault fault) {
    return new PlatformException(channel, fault.failure(), "fake-" + fault.failure().name().toLowerCase(), fault.message(), fault.retryAfter());
  }

  private String outerIdOf(PlatformItem known) {
    return items.values().stream().filter(item -> item.itemId().equals(known.itemId())).map(item -> item.listing().outerId()).findFirst()
        .orElse("unknown-" + known.itemId());
  }

  private static PlatformItem asPlatformItem(Item item) {
    return new PlatformItem(item.itemId(), item.skuIds());
  }
}
