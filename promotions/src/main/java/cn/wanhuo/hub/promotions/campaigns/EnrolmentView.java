package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.audit.AuditEntry;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An enrolment with what its reader needs around it: the campaign's name and state, the product and SKU. */
public record EnrolmentView(
    String id,
    long version,
    EnrolmentStatus status,
    @Nullable String reason,
    Reservation reservation,
    long campaignPriceFen,
    int quota,
    int perBuyerLimit,
    int sold,
    CampaignSummary campaign,
    ProductSummary product,
    SkuSummary sku,
    List<AuditEntry> history,
    Instant createdAt) {

  /** The campaign in a line. */
  public record CampaignSummary(String id, String nameZh, @Nullable String nameEn, CampaignStatus status,
      @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endsAt) {}

  /** The product in a line, with its producer's name as it is now. */
  public record ProductSummary(String id, String nameZh, @Nullable String nameEn, String producerId, @Nullable String producerNameZh,
      String region) {}

  /** The SKU as it was enrolled, and its whole stock now (null if the SKU is gone). */
  public record SkuSummary(String code, String spec, long listPriceFen, @Nullable Integer stock) {}

  static EnrolmentView of(Enrolment e, Campaign c, @Nullable String producerNameZh, @Nullable Integer stock) {
    return new EnrolmentView(e.id(), e.version() == null ? 0 : e.version(), e.status(), e.reason(), e.reservation(), e.campaignPriceFen(),
        e.quota(), e.perBuyerLimit(), e.sold(),
        new CampaignSummary(c.id(), c.plan().nameZh(), c.plan().nameEn(), c.status(), c.plan().startsAt(), c.plan().endsAt()),
        new ProductSummary(e.productId(), e.productNameZh(), e.productNameEn(), e.producerId(), producerNameZh, e.region()),
        new SkuSummary(e.skuCode(), e.skuSpec(), e.listPriceFen(), stock), e.history(), e.createdAt());
  }
}
