package cn.wanhuo.hub.promotions.sales;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Sales figures computed from the ledger's counted lines by MongoDB aggregations. */
@Component
class SalesAggregations {

  /** Totals of the matched lines. */
  record Totals(long gmvFen, long units, long lines, long orders) {}

  private static final String LEDGER = "sales_ledger";

  private final ReactiveMongoTemplate mongo;

  SalesAggregations(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  static Criteria counted(Criteria scope) {
    var state = Criteria.where("state").is(SaleLineState.COUNTED);
    return scope.getCriteriaObject().isEmpty() ? state : new Criteria().andOperator(scope, state);
  }

  Mono<Totals> totals(Criteria scope) {
    var sums = newAggregation(match(counted(scope)),
        group().sum("amountFen").as("gmvFen").sum("quantity").as("units").count().as("lines"));
    var orders = newAggregation(match(counted(scope)), group("channel", "orderId"), group().count().as("orders"));
    return Mono.zip(mongo.aggregate(sums, LEDGER, Document.class).next().defaultIfEmpty(new Document()),
            mongo.aggregate(orders, LEDGER, Document.class).next().defaultIfEmpty(new Document()))
        .map(both -> new Totals(number(both.getT1(), "gmvFen"), number(both.getT1(), "units"), number(both.getT1(), "lines"),
            number(both.getT2(), "orders")));
  }

  /** Sums per value of a field ({@code channel}, {@code attribution.campaignId}), largest GMV first. */
  Mono<List<SalesFigures.Row>> by(Criteria scope, String field) {
    var rows = newAggregation(match(counted(scope)), group(field).sum("amountFen").as("gmvFen").sum("quantity").as("units"),
        sort(Sort.Direction.DESC, "gmvFen"));
    return mongo.aggregate(rows, LEDGER, Document.class)
        .map(row -> new SalesFigures.Row(row.get("_id") == null ? null : row.get("_id").toString(), number(row, "gmvFen"),
            number(row, "units"), 0))
        .collectList();
  }

  Mono<List<SalesFigures.Point>> series(Criteria scope, Bucket bucket) {
    var points = newAggregation(match(counted(scope)), group(bucket.field()).sum("amountFen").as("gmvFen").sum("quantity").as("units"),
        sort(Sort.Direction.ASC, "_id"));
    return mongo.aggregate(points, LEDGER, Document.class)
        .map(row -> new SalesFigures.Point(row.get("_id").toString(), number(row, "gmvFen"), number(row, "units")))
        .collectList();
  }

  Mono<List<SalesFigures.ProductRow>> topProducts(Criteria scope, int count) {
    var rows = newAggregation(match(counted(scope)),
        group("productId").sum("amountFen").as("gmvFen").sum("quantity").as("units")
            .first("attribution.productNameZh").as("nameZh").first("attribution.productNameEn").as("nameEn"),
        sort(Sort.Direction.DESC, "gmvFen"), limit(count));
    return mongo.aggregate(rows, LEDGER, Document.class)
        .map(row -> new SalesFigures.ProductRow(row.get("_id").toString(), row.getString("nameZh"), row.getString("nameEn"),
            number(row, "gmvFen"), number(row, "units")))
        .collectList();
  }

  private static long number(Document document, String field) {
    return document.get(field) instanceof Number number ? number.longValue() : 0;
  }
}
