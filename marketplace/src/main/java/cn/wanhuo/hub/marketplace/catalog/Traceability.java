package cn.wanhuo.hub.marketplace.catalog;

import cn.wanhuo.hub.marketplace.catalog.TracePage.CertificateStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Answers a trace code printed on a package with the public trace page of that batch. */
@Service
public class Traceability {

  /** Certificates expire by the calendar of the place they are issued in. */
  public static final ZoneId ANHUI = ZoneId.of("Asia/Shanghai");

  private final ReactiveMongoTemplate mongo;
  private final Clock clock = Clock.system(ANHUI);

  Traceability(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Mono<TracePage> trace(String traceCode) {
    var query = Query.query(Criteria.where("status").is(ProductStatus.PUBLISHED)
        .and("content.provenance.batches.traceCode").is(traceCode));
    return mongo.findOne(query, Product.class)
        .map(product -> page(product, traceCode, LocalDate.now(clock)))
        .switchIfEmpty(Mono.error(() -> new ProductNotFound("trace code " + traceCode)));
  }

  static List<CertificateStatus> certificatesOn(ProductContent content, LocalDate day) {
    return content.provenance().certificates().stream()
        .map(c -> new CertificateStatus(c.type(), c.number(), c.issuer(), c.validOn(day)))
        .toList();
  }

  private static TracePage page(Product product, String traceCode, LocalDate today) {
    var content = product.content();
    var batch = content.provenance().batches().stream().filter(b -> b.traceCode().equals(traceCode)).findFirst().orElseThrow();
    return new TracePage(traceCode, product.id(), content.nameZh(), content.nameEn(), batch,
        content.provenance().geographicalIndication(), certificatesOn(content, today));
  }
}
