package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.accounts.Account;
import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.ReviewerScope;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerOnboarding;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import cn.wanhuo.hub.shared.files.StoredFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The producer's side of the catalog: draft, edit, submit for review, publish and delist its own products.
 * Other accounts never see a producer's unpublished products.
 */
@Service
public class ProductEditing {

  private final Products products;
  private final ProducerOnboarding producers;
  private final CurrentAccount currentAccount;
  private final StoredFiles files;
  private final ObjectProvider<StockHolds> holds;
  private final Clock clock = Clock.systemUTC();

  ProductEditing(Products products, ProducerOnboarding producers, CurrentAccount currentAccount, StoredFiles files,
      ObjectProvider<StockHolds> holds) {
    this.holds = holds;
    this.products = products;
    this.producers = producers;
    this.currentAccount = currentAccount;
    this.files = files;
  }

  /** Drafts a product for one of the caller's verified producers. */
  public Mono<Product> draft(String producerId, ProductContent content) {
    return producers.mine(producerId)
        .filter(Producer::isVerified)
        .switchIfEmpty(Mono.error(() -> new ProducerNotVerified(producerId)))
        .zipWith(checked(content).flatMap(ProductEditing::withoutScans))
        .map(both -> Product.draft(producerId, both.getT1().ownerUsername(), both.getT1().region(), both.getT2(), clock.instant()))
        .flatMap(product -> skuCodesFree(product, product.content()).then(products.save(product)));
  }

  public Flux<Product> mine() {
    return currentAccount.get().flatMapMany(owner -> products.findByOwnerUsernameOrderByCreatedAtDesc(owner.username()));
  }

  /** The whole product, with its review state and audit trail, for its producer and reviewers covering it. */
  public Mono<Product> managed(String id) {
    return currentAccount.get()
        .flatMap(caller -> products.findById(id).filter(product -> mayManageOrReview(caller, product)))
        .switchIfEmpty(Mono.error(() -> new ProductNotFound(id)));
  }

  /** A published product as anyone may see it. */
  public Mono<PublishedProduct> published(String id) {
    return products.findById(id)
        .filter(product -> product.status() == ProductStatus.PUBLISHED)
        .map(product -> PublishedProduct.of(product, LocalDate.now(Traceability.ANHUI)))
        .switchIfEmpty(Mono.error(() -> new ProductNotFound(id)));
  }

  /** Changes the content; {@code version} is what the editor loaded, so a concurrent change answers 409. */
  public Mono<Product> edit(String id, long version, ProductContent content) {
    return checked(content)
        .flatMap(valid -> CertificateScans.problemsWith(files, id, valid)
            .flatMap(problems -> problems.isEmpty() ? Mono.just(valid) : Mono.error(new InvalidProduct(problems))))
        .flatMap(valid -> holds.getIfAvailable(() -> StockHolds.NONE).held(id).flatMap(held -> {
          var problems = belowHolds(valid, held);
          return problems.isEmpty() ? Mono.just(valid) : Mono.error(new InvalidProduct(problems));
        }))
        .flatMap(valid -> change(id, (product, owner) -> product.asOfVersion(version).edited(valid, owner, clock.instant()))
            .flatMap(changed -> skuCodesFree(changed, valid).thenReturn(changed)))
        .flatMap(products::save);
  }

  public Mono<Product> submit(String id) {
    return change(id, (product, owner) -> product.submitted(owner, clock.instant())).flatMap(products::save);
  }

  public Mono<Product> publish(String id) {
    return change(id, (product, owner) -> product.published(owner, clock.instant())).flatMap(products::save);
  }

  public Mono<Product> delist(String id) {
    return change(id, (product, owner) -> product.delisted(owner, clock.instant())).flatMap(products::save);
  }

  /** One of the caller's own products; anyone else's, or none, answers not found. */
  Mono<Product> owned(String id) {
    return currentAccount.get()
        .flatMap(owner -> products.findById(id).filter(product -> product.ownerUsername().equals(owner.username())))
        .switchIfEmpty(Mono.error(() -> new ProductNotFound(id)));
  }

  private Mono<Product> change(String id, BiFunction<Product, String, Product> step) {
    return owned(id).map(product -> step.apply(product, product.ownerUsername()));
  }

  private static boolean mayManageOrReview(Account caller, Product product) {
    return caller.username().equals(product.ownerUsername())
        || ReviewerScope.applies(caller) && ReviewerScope.of(caller).covers(product.regionCode());
  }

  private static Mono<ProductContent> checked(ProductContent content) {
    var problems = ProductRules.problemsWith(content);
    return problems.isEmpty() ? Mono.just(content.sanitised()) : Mono.error(new InvalidProduct(problems));
  }

  /** Scans are uploaded to an existing product, so a new draft cannot point at one yet. */
  private static Mono<ProductContent> withoutScans(ProductContent content) {
    var certificates = content.provenance().certificates();
    var problems = IntStream.range(0, certificates.size())
        .filter(i -> certificates.get(i).scanFileId() != null)
        .mapToObj(i -> new FieldProblem("provenance.certificates[" + i + "].scanFileId", "upload scans after saving the draft"))
        .toList();
    return problems.isEmpty() ? Mono.just(content) : Mono.error(new InvalidProduct(problems));
  }

  /** A SKU's stock may not drop below what campaigns hold, nor may a SKU with holds disappear. */
  private static List<FieldProblem> belowHolds(ProductContent content, Map<String, Integer> held) {
    var problems = new ArrayList<FieldProblem>();
    var skus = content.skus();
    for (int i = 0; i < skus.size(); i++) {
      int reserved = held.getOrDefault(skus.get(i).code(), 0);
      if (skus.get(i).stock() < reserved) {
        problems.add(new FieldProblem("skus[" + i + "].stock", reserved + " units are reserved for campaigns; the stock cannot go below that"));
      }
    }
    held.keySet().stream().filter(code -> skus.stream().noneMatch(sku -> sku.code().equals(code))).sorted()
        .forEach(code -> problems.add(new FieldProblem("skus", "SKU " + code + " has " + held.get(code) + " units reserved for campaigns; it cannot be removed")));
    return problems;
  }

  /** SKU codes are unique across one producer's products. */
  private Mono<Void> skuCodesFree(Product product, ProductContent content) {
    return products.findByProducerId(product.producerId())
        .filter(other -> !other.id().equals(product.id()))
        .flatMap(other -> Flux.fromIterable(content.skus())
            .filter(sku -> other.content().skus().stream().anyMatch(o -> o.code().equals(sku.code())))
            .map(sku -> new SkuCodeTaken(sku.code(), other.id())))
        .next()
        .flatMap(Mono::<Void>error);
  }
}
