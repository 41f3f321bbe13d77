package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.accounts.CurrentAccount;
import cn.wanhuo.hub.marketplace.accounts.ReviewerScope;
import java.time.Clock;
import java.util.function.BiFunction;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reviewers approve or reject submitted products and changes to published ones, inside their region. */
@Service
public class ProductReview {

  private final Products products;
  private final ReactiveMongoTemplate mongo;
  private final CurrentAccount currentAccount;
  private final Clock clock = Clock.systemUTC();

  ProductReview(Products products, ReactiveMongoTemplate mongo, CurrentAccount currentAccount) {
    this.products = products;
    this.mongo = mongo;
    this.currentAccount = currentAccount;
  }

  /** First submissions and proposed changes in the reviewer's region, oldest first. */
  public Flux<Product> queue() {
    var awaitingReview = Query.query(new Criteria().orOperator(
            Criteria.where("status").is(ProductStatus.SUBMITTED), Criteria.where("pendingChange").ne(null)))
        .with(Sort.by("createdAt"));
    return currentAccount.get().map(ReviewerScope::of)
        .flatMapMany(scope -> mongo.find(awaitingReview, Product.class)
            .filter(product -> scope.covers(product.regionCode())));
  }

  public Mono<Product> approve(String id) {
    return decide(id, (product, reviewer) -> product.approved(reviewer, clock.instant()));
  }

  public Mono<Product> reject(String id, String reason) {
    return decide(id, (product, reviewer) -> product.rejected(reviewer, reason.strip(), clock.instant()));
  }

  private Mono<Product> decide(String id, BiFunction<Product, String, Product> decision) {
    return currentAccount.get()
        .flatMap(reviewer -> products.findById(id)
            .filter(product -> ReviewerScope.of(reviewer).covers(product.regionCode()))
            .switchIfEmpty(Mono.error(() -> new ProductNotFound(id)))
            .map(product -> decision.apply(product, reviewer.username())))
        .flatMap(products::save);
  }
}
