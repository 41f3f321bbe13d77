package cn.wanhuo.hub.marketplace.producers;

import cn.wanhuo.hub.marketplace.regions.RegionCode;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import cn.wanhuo.hub.shared.audit.FieldChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A producer and its verification. State changes are methods that guard the legal transitions and answer the
 * changed producer; the version guards against two people changing it at once.
 *
 * @param verifiedProfile the profile as a reviewer last verified it, so the next review can be shown what changed
 */
@Document("producers")
public record Producer(
    @Id @Nullable String id,
    @Indexed String ownerUsername,
    ProducerProfile profile,
    @Indexed(unique = true) String creditCode,
    Verification verification,
    @Nullable String licenceFileId,
    @Nullable String logoFileId,
    @Nullable String rejectionReason,
    @Nullable String reviewedBy,
    @Nullable Instant reviewedAt,
    @Nullable ProducerProfile verifiedProfile,
    Instant registeredAt,
    List<AuditEntry> history,
    @Version @Nullable Long version) {

  public Producer {
    history = history == null ? List.of() : List.copyOf(history);
  }

  static Producer register(String owner, ProducerProfile profile, Instant now) {
    return new Producer(null, owner, profile, profile.creditCode(), Verification.AWAITING_LICENCE, null, null, null, null, null, null, now,
        List.of(AuditEntry.of(now, owner, "registered")), null);
  }

  public boolean isVerified() {
    return verification == Verification.VERIFIED;
  }

  /** The county when known, else the prefecture: what a reviewer's scope must cover. */
  public RegionCode region() {
    return RegionCode.of(profile.countyCode() != null ? profile.countyCode() : profile.prefectureCode());
  }

  /** A verified or rejected producer that edits its profile goes back to review with its licence. */
  Producer withProfile(ProducerProfile changed, String editor, Instant now) {
    var next = verification == Verification.AWAITING_LICENCE ? Verification.AWAITING_LICENCE : Verification.SUBMITTED;
    var entry = new AuditEntry(now, editor, "edited", FieldChanges.between(profile, changed), null);
    return new Producer(id, ownerUsername, changed, changed.creditCode(), next, licenceFileId, logoFileId, null, null, null,
        verifiedProfile, registeredAt, append(entry), version);
  }

  Producer withLicence(String fileId, String uploader, Instant now) {
    return new Producer(id, ownerUsername, profile, creditCode, Verification.SUBMITTED, fileId, logoFileId, null, null, null,
        verifiedProfile, registeredAt, append(AuditEntry.of(now, uploader, "licence-uploaded")), version);
  }

  /** The logo is presentation, not a verified fact, so changing it keeps the verification. */
  Producer withLogo(String fileId, String uploader, Instant now) {
    return new Producer(id, ownerUsername, profile, creditCode, verification, licenceFileId, fileId, rejectionReason, reviewedBy,
        reviewedAt, verifiedProfile, registeredAt, append(AuditEntry.of(now, uploader, "logo-changed")), version);
  }

  Producer verified(String reviewer, Instant now) {
    requireSubmitted("verify");
    return new Producer(id, ownerUsername, profile, creditCode, Verification.VERIFIED, licenceFileId, logoFileId, null, reviewer, now,
        profile, registeredAt, append(AuditEntry.of(now, reviewer, "verified")), version);
  }

  Producer rejected(String reviewer, String reason, Instant now) {
    requireSubmitted("reject");
    return new Producer(id, ownerUsername, profile, creditCode, Verification.REJECTED, licenceFileId, logoFileId, reason, reviewer, now,
        verifiedProfile, registeredAt, append(new AuditEntry(now, reviewer, "rejected", List.of(), reason)), version);
  }

  /** The same producer as the editor loaded it, so saving detects a change made in between. */
  Producer asOfVersion(long loaded) {
    return new Producer(id, ownerUsername, profile, creditCode, verification, licenceFileId, logoFileId, rejectionReason, reviewedBy,
        reviewedAt, verifiedProfile, registeredAt, history, loaded);
  }

  private List<AuditEntry> append(AuditEntry entry) {
    var entries = new ArrayList<>(history);
    entries.add(entry);
    return entries;
  }

  private void requireSubmitted(String action) {
    if (verification != Verification.SUBMITTED) {
      throw new IllegalVerification(String.valueOf(id), verification, action);
    }
  }
}
