package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.Role;
import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.marketplace.catalog.Sku;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Per-channel overrides of a product: its producer's owner and admins set them; the sync reads them. */
@Service
public class ListingOverrides {

  private final ReactiveMongoTemplate mongo;
  private final Products products;
  private final CurrentAccount current;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  ListingOverrides(ReactiveMongoTemplate mongo, Products products, CurrentAccount current, ApplicationEventPublisher events) {
    this.mongo = mongo;
    this.products = products;
    this.current = current;
    this.events = events;
  }

  /** The override in force, or none. */
  public Mono<ListingOverride> find(String productId, Channel channel) {
    return mongo.findById(ListingOverride.idOf(productId, channel), ListingOverride.class)
        .defaultIfEmpty(ListingOverride.none(productId, channel));
  }

  /** The overrides there are of these products on these channels, by {@link ListingOverride#idOf}, in one query. */
  public Mono<Map<String, ListingOverride>> find(Collection<String> productIds, Collection<Channel> channels) {
    var ids = productIds.stream().flatMap(productId -> channels.stream().map(channel -> ListingOverride.idOf(productId, channel))).toList();
    return ids.isEmpty() ? Mono.just(Map.of())
        : mongo.find(Query.query(Criteria.where("_id").in(ids)), ListingOverride.class).collectMap(ListingOverride::id);
  }

  /** The product, if the caller owns it or is an admin; otherwise not found, so others learn nothing of it. */
  public Mono<Product> manageable(String productId) {
    return current.get().flatMap(account -> products.findById(productId).filter(product -> mayManage(account, product)))
        .switchIfEmpty(Mono.error(() -> new ListingProductNotFound(productId)));
  }

  public Mono<OverrideView> get(String productId, Channel channel) {
    return Mono.fromRunnable(() -> requirePlatform(channel)).then(manageable(productId))
        .flatMap(product -> find(productId, channel).map(override -> view(product, override)));
  }

  public Mono<OverrideView> put(String productId, Channel channel, OverrideRequest request) {
    return Mono.fromRunnable(() -> requirePlatform(channel)).then(manageable(productId)).flatMap(product -> {
      checked(product, request);
      return find(productId, channel)
          .map(old -> new ListingOverride(old.id(), productId, channel, request.excluded(), blankToNull(request.title()), request.skus(),
              clock.instant(), old.version()))
          .flatMap(mongo::save)
          .doOnNext(saved -> events.publishEvent(new ListingOverrideChanged(productId)))
          .map(saved -> view(product, saved));
    });
  }

  static boolean mayManage(Account account, Product product) {
    return account.has(Role.ADMIN) || account.username().equals(product.ownerUsername());
  }

  private static void requirePlatform(Channel channel) {
    if (channel == Channel.PAVILION) {
      throw new InvalidListingSettings(List.of(new FieldProblem("channel", "the pavilion shows the catalog itself; choose a platform")));
    }
  }

  private static void checked(Product product, OverrideRequest request) {
    Map<String, Sku> skus = product.content().skus().stream().collect(Collectors.toMap(Sku::code, Function.identity()));
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < request.skus().size(); i++) {
      var override = request.skus().get(i);
      Sku sku = skus.get(override.skuCode());
      if (sku == null) {
        problems.add(new FieldProblem("skus[" + i + "].skuCode", "the product has no SKU " + override.skuCode()));
      } else if (override.stock() != null && override.stock() > sku.stock()) {
        problems.add(new FieldProblem("skus[" + i + "].stock", "must be at most the SKU's stock, " + sku.stock()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidListingSettings(problems);
    }
  }

  private static OverrideView view(Product product, ListingOverride override) {
    var skus = product.content().skus().stream().map(sku -> {
      var own = override.sku(sku.code());
      return new OverrideView.Sku(sku.code(), sku.spec(), sku.priceFen(), sku.stock(), own.map(SkuOverride::priceFen).orElse(null),
          own.map(SkuOverride::stock).orElse(null));
    }).toList();
    return new OverrideView(product.id(), override.channel(), override.excluded(), override.title(), product.content().nameZh(), skus,
        override.version());
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
