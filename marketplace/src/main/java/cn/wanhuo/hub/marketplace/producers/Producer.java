package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.marketplace.regions.RegionCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A producer and its verification. State changes are methods that guard the legal transitions and answer the
 * changed producer; the version guards against two people changing it at once.
 */
@Document("producers")
public record Producer(
    @Id @Nullable String id,
    @Indexed String ownerUsername,
    ProducerProfile profile,
    @Indexed(unique = true) String creditCode,
    Verification verification,
    @Nullable String licenceFileId,
    @Nullable String rejectionReason,
    @Nullable String reviewedBy,
    @Nullable Instant reviewedAt,
    Instant registeredAt,
    @Version @Nullable Long version) {

  static Producer register(String owner, ProducerProfile profile, Instant now) {
    return new Producer(null, owner, profile, profile.creditCode(), Verification.AWAITING_LICENCE, null, null, null, null, now, null);
  }

  /** The county when known, else the prefecture: what a reviewer's scope must cover. */
  public RegionCode region() {
    return RegionCode.of(profile.countyCode() != null ? profile.countyCode() : profile.prefectureCode());
  }

  /** A verified producer that edits its profile goes back to review with its licence. */
  Producer withProfile(ProducerProfile changed) {
    var next = verification == Verification.AWAITING_LICENCE ? Verification.AWAITING_LICENCE : Verification.SUBMITTED;
    return new Producer(id, ownerUsername, changed, changed.creditCode(), next, licenceFileId, null, null, null, registeredAt, version);
  }

  Producer withLicence(String fileId) {
    return new Producer(id, ownerUsername, profile, creditCode, Verification.SUBMITTED, fileId, null, null, null, registeredAt, version);
  }

  Producer verified(String reviewer, Instant now) {
    requireSubmitted("verify");
    return new Producer(id, ownerUsername, profile, creditCode, Verification.VERIFIED, licenceFileId, null, reviewer, now, registeredAt, version);
  }

  Producer rejected(String reviewer, String reason, Instant now) {
    requireSubmitted("reject");
    return new Producer(id, ownerUsername, profile, creditCode, Verification.REJECTED, licenceFileId, reason, reviewer, now, registeredAt, version);
  }

  private void requireSubmitted(String action) {
    if (verification != Verification.SUBMITTED) {
      throw new IllegalVerification(String.valueOf(id), verification, action);
    }
  }
}
