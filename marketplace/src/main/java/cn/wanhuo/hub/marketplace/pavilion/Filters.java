package cn.wanhuo.hub.marketplace.pavilion;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of a query, by facet, so each facet can be counted with every filter but its own applied.
 */
record Filters(Map<String, Query> byFacet) {

  static final String CATEGORY = "category";
  static final String PREFECTURE = "prefecture";
  static final String COUNTY = "county";
  static final String GI = "gi";
  static final String CERTIFICATE = "certificate";
  static final String PRICE = "price";
  static final String IN_STOCK = "inStock";
  static final String CAMPAIGN = "campaign";

  static Filters of(ProductQuery query) {
    var filters = new LinkedHashMap<String, Query>();
    if (!query.categories().isEmpty()) {
      filters.put(CATEGORY, Query.of(q -> q.terms(t -> t.field("category")
          .terms(v -> v.value(query.categories().stream().map(FieldValue::of).toList())))));
    }
    if (query.prefecture() != null) {
      filters.put(PREFECTURE, term("prefectureCode", query.prefecture()));
    }
    if (query.county() != null) {
      filters.put(COUNTY, term("countyCode", query.county()));
    }
    if (query.geographicalIndicationOnly()) {
      filters.put(GI, term("geographicalIndication", true));
    }
    if (query.certificate() != null) {
      filters.put(CERTIFICATE, term("certificateTypes", query.certificate()));
    }
    if (query.minPriceFen() != null || query.maxPriceFen() != null) {
      filters.put(PRICE, Query.of(q -> q.range(r -> r.number(n -> {
        n.field("minPriceFen");
        if (query.minPriceFen() != null) {
          n.gte(query.minPriceFen().doubleValue());
        }
        if (query.maxPriceFen() != null) {
          n.lte(query.maxPriceFen().doubleValue());
        }
        return n;
      }))));
    }
    if (query.inStockOnly()) {
      filters.put(IN_STOCK, term("inStock", true));
    }
    if (query.campaign() != null) {
      filters.put(CAMPAIGN, term("campaignIds", query.campaign()));
    }
    return new Filters(filters);
  }

  Query all() {
    return and(List.copyOf(byFacet.values()));
  }

  Query except(String facet) {
    return and(byFacet.entrySet().stream().filter(e -> !e.getKey().equals(facet)).map(Map.Entry::getValue).toList());
  }

  static Query and(Query first, Query second) {
    return and(List.of(first, second));
  }

  static Query and(List<Query> queries) {
    return queries.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(queries)));
  }

  static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  static Query term(String field, boolean value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }
}
