package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.audit.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One SKU offered to one campaign. The campaign's window and channels are copied in (they cannot change once
 * producers may enrol), so overlaps are found with one query; the product's name and list price are copied as
 * they were when the producer enrolled, for lists and reports.
 *
 * @param sold units sold at the campaign price, recounted from the sales ledger whenever it counts a line of the SKU
 */
@Document("enrolments")
@CompoundIndex(name = "sku", def = "{'productId': 1, 'skuCode': 1}")
public record Enrolment(
    @Id @Nullable String id,
    @Indexed String campaignId,
    String productId,
    @Indexed String producerId,
    String ownerUsername,
    String region,
    String productNameZh,
    @Nullable String productNameEn,
    String skuCode,
    String skuSpec,
    long listPriceFen,
    long campaignPriceFen,
    int quota,
    int perBuyerLimit,
    int sold,
    @Indexed EnrolmentStatus status,
    @Nullable String reason,
    Reservation reservation,
    List<Channel> channels,
    Instant startAt,
    Instant endAt,
    List<AuditEntry> history,
    Instant createdAt,
    @Version @Nullable Long version) {

  public Enrolment {
    channels = channels == null ? List.of() : List.copyOf(channels);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** Units still on offer at the campaign price. */
  public int remaining() {
    return Math.max(0, quota - sold);
  }

  /** Units this enrolment holds back from the SKU's normal stock. */
  int reserved() {
    return reservation == Reservation.ACTIVE ? remaining() : 0;
  }

  Enrolment decided(EnrolmentStatus decision, String actor, @Nullable String why, Instant now) {
    if (status != EnrolmentStatus.PENDING) {
      throw new IllegalEnrolmentTransition(this, decision == EnrolmentStatus.APPROVED ? "be approved" : "be rejected");
    }
    var hold = decision == EnrolmentStatus.APPROVED ? Reservation.ACTIVE : Reservation.NONE;
    String action = decision == EnrolmentStatus.APPROVED ? "approved" : "rejected";
    return with(decision, why, hold, new AuditEntry(now, actor, action, List.of(), why));
  }

  Enrolment withdrawn(String actor, Instant now) {
    if (status != EnrolmentStatus.PENDING && status != EnrolmentStatus.APPROVED) {
      throw new IllegalEnrolmentTransition(this, "be withdrawn");
    }
    var hold = reservation == Reservation.ACTIVE ? Reservation.RELEASED : reservation;
    return with(EnrolmentStatus.WITHDRAWN, null, hold, AuditEntry.of(now, actor, "withdrawn"));
  }

  private Enrolment with(EnrolmentStatus newStatus, @Nullable String why, Reservation hold, AuditEntry entry) {
    var entries = new ArrayList<>(history);
    entries.add(entry);
    return new Enrolment(id, campaignId, productId, producerId, ownerUsername, region, productNameZh, productNameEn, skuCode, skuSpec,
        listPriceFen, campaignPriceFen, quota, perBuyerLimit, sold, newStatus, why, hold, channels, startAt, endAt, entries, createdAt,
        version);
  }
}
