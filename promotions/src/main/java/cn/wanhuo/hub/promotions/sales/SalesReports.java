package cn.wanhuo.hub.promotions.sales;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.Products;
import cn.wanhuo.hub.promotions.campaigns.CampaignNotFound;
import cn.wanhuo.hub.promotions.campaigns.CampaignPlanning;
import cn.wanhuo.hub.promotions.campaigns.CampaignView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sales as people read them: a campaign's live dashboard (organizers and admins), its GMV over time, the producer's
 * own sales (producers see their producers', organizers and admins anyone's), and the rebuild of a campaign's counters.
 */
@Service
public class SalesReports {

  private static final int TOP_PRODUCTS = 10;

  private final SalesScope scope;
  private final SalesCounters counters;
  private final SalesAggregations aggregations;
  private final CampaignPlanning campaigns;
  private final Products products;

  SalesReports(SalesScope scope, SalesCounters counters, SalesAggregations aggregations, CampaignPlanning campaigns, Products products) {
    this.scope = scope;
    this.counters = counters;
    this.aggregations = aggregations;
    this.campaigns = campaigns;
    this.products = products;
  }

  /** The campaign's live figures from its counters. */
  public Mono<CampaignSales> campaign(String campaignId) {
    return scope.organizer().then(campaigns.get(campaignId)).flatMap(campaign -> counters.read(campaignId)
        .flatMap(live -> names(live.topProducts()).map(names -> of(campaign, live, names))));
  }

  /** The campaign's GMV per hour or day of Asia/Shanghai, from the ledger. */
  public Mono<List<SalesFigures.Point>> campaignSeries(String campaignId, Bucket bucket) {
    return scope.organizer().then(campaigns.get(campaignId))
        .flatMap(campaign -> aggregations.series(Criteria.where("attribution.campaignId").is(campaignId), bucket));
  }

  /** Forgets the campaign's counters and counts its ledger again; answers the figures after. */
  public Mono<CampaignSales> rebuildCounters(String campaignId) {
    return scope.organizer().then(campaigns.get(campaignId)).flatMap(campaign -> counters.rebuild(campaignId))
        .then(Mono.defer(() -> campaign(campaignId)));
  }

  /** Sales of the producers the caller may see, narrowed by the filter. */
  public Mono<ProducerSales> producers(SalesFilter filter, Bucket bucket) {
    var problems = filter.problems();
    if (!problems.isEmpty()) {
      return Mono.error(new InvalidSalesQuery(problems));
    }
    return scope.producers(filter.producerId()).flatMap(reach -> {
      Criteria criteria = filter.criteria(reach);
      return Mono.zip(aggregations.totals(criteria), aggregations.by(criteria, "channel"),
              aggregations.by(criteria, "attribution.campaignId"), aggregations.topProducts(criteria, TOP_PRODUCTS),
              aggregations.series(criteria, bucket))
          .flatMap(found -> campaignNames(found.getT3()).map(names -> {
            var totals = found.getT1();
            return new ProducerSales(filter.producerId(), filter.from(), filter.to(), totals.gmvFen(), totals.orders(), totals.units(),
                totals.lines(), found.getT2(), found.getT3(), names, found.getT4(), found.getT5());
          }));
    });
  }

  /** Campaign id → its Chinese and English names (the Chinese again when it has no English one). */
  private Mono<Map<String, List<String>>> campaignNames(List<SalesFigures.Row> rows) {
    return Flux.fromIterable(rows).map(SalesFigures.Row::key).filter(Objects::nonNull)
        .concatMap(id -> campaigns.get(id).onErrorResume(CampaignNotFound.class, e -> Mono.empty()))
        .collectMap(CampaignView::id, view -> List.of(view.plan().nameZh(),
            view.plan().nameEn() == null ? view.plan().nameZh() : view.plan().nameEn()));
  }

  private Mono<Map<String, Product>> names(List<CampaignCounters.ProductFigures> top) {
    return products.findAllById(top.stream().map(CampaignCounters.ProductFigures::productId).toList())
        .collectMap(Product::id, Function.identity());
  }

  private static CampaignSales of(CampaignView campaign, CampaignCounters live, Map<String, Product> names) {
    Long target = campaign.plan().gmvTargetFen();
    Double progress = target == null || target == 0 ? null : (double) live.gmvFen() / target;
    var channels = live.byChannel().entrySet().stream()
        .map(e -> new SalesFigures.Row(e.getKey(), e.getValue().gmvFen(), e.getValue().units(), e.getValue().orders()))
        .sorted((a, b) -> Long.compare(b.gmvFen(), a.gmvFen())).toList();
    var prefectures = live.byPrefecture().entrySet().stream()
        .map(e -> new SalesFigures.Row(e.getKey(), e.getValue().gmvFen(), e.getValue().units(), 0))
        .sorted((a, b) -> Long.compare(b.gmvFen(), a.gmvFen())).toList();
    var top = live.topProducts().stream().map(p -> {
      @Nullable Product product = names.get(p.productId());
      return new SalesFigures.ProductRow(p.productId(), product == null ? p.productId() : product.content().nameZh(),
          product == null ? null : product.content().nameEn(), p.gmvFen(), p.units());
    }).toList();
    return new CampaignSales(campaign.id(), campaign.plan().nameZh(), campaign.plan().nameEn(), campaign.status(),
        campaign.plan().startsAt(), campaign.plan().endsAt(), target, progress, live.gmvFen(), live.orders(), live.units(),
        live.buyers(), live.lines(), channels, prefectures, top);
  }
}
