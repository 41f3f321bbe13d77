package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.catalog.Product;
import cn.wanhuo.hub.marketplace.catalog.ProductStatus;
import cn.wanhuo.hub.marketplace.catalog.Provenance.Certificate;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.regions.RegionCode;
import cn.wanhuo.hub.promotions.campaigns.NotEligible.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Why a product may not enrol in a campaign; an empty answer means it may. */
final class EligibilityCheck {

  private EligibilityCheck() {}

  static List<Reason> reasons(Eligibility rules, Product product, @Nullable Producer producer, LocalDate today) {
    var reasons = new ArrayList<Reason>();
    var content = product.content();
    if (product.status() != ProductStatus.PUBLISHED) {
      reasons.add(Reason.NOT_PUBLISHED);
    }
    if (!rules.categories().isEmpty() && !rules.categories().contains(content.category())) {
      reasons.add(Reason.CATEGORY);
    }
    if (!rules.regions().isEmpty() && rules.regions().stream().noneMatch(code -> product.regionCode().within(RegionCode.of(code)))) {
      reasons.add(Reason.REGION);
    }
    if (!rules.producerTypes().isEmpty() && (producer == null || !rules.producerTypes().contains(producer.profile().type()))) {
      reasons.add(Reason.PRODUCER_TYPE);
    }
    if (Boolean.TRUE.equals(rules.geographicalIndicationRequired()) && content.provenance().geographicalIndication() == null) {
      reasons.add(Reason.GEOGRAPHICAL_INDICATION);
    }
    var held = content.provenance().certificates().stream().filter(c -> c.validOn(today)).map(Certificate::type).toList();
    if (!held.containsAll(rules.certificateTypes())) {
      reasons.add(Reason.CERTIFICATE);
    }
    return reasons;
  }
}
