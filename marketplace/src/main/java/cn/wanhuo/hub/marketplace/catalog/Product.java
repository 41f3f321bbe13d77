package cn.wanhuo.hub.marketplace.catalog;

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
 * A producer's product. Every state change is a method that guards the legal transitions, appends to the audit
 * trail and, when the public must learn of it, to the outbox, all in the one document the next save writes.
 * A published product that is edited keeps showing its approved content; the edit waits in {@code pendingChange}.
 *
 * @param region the producer's county (or prefecture): what a reviewer's scope must cover
 * @param revision how many times public content has been published or changed; connectors sync "revision N"
 */
@Document("products")
public record Product(
    @Id @Nullable String id,
    @Indexed String producerId,
    @Indexed String ownerUsername,
    String region,
    ProductContent content,
    @Nullable ProductContent pendingChange,
    @Indexed ProductStatus status,
    int revision,
    @Nullable String rejectionReason,
    List<String> images,
    List<AuditEntry> history,
    List<ProductEvent> outbox,
    Instant createdAt,
    @Version @Nullable Long version) {

  public Product {
    images = images == null ? List.of() : List.copyOf(images);
    history = history == null ? List.of() : List.copyOf(history);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  static Product draft(String producerId, String owner, RegionCode region, ProductContent content, Instant now) {
    return new Product(null, producerId, owner, region.value(), content, null, ProductStatus.DRAFT, 0, null,
        List.of(), List.of(AuditEntry.of(now, owner, "created")), List.of(), now, null);
  }

  public RegionCode regionCode() {
    return RegionCode.of(region);
  }

  /** Whether a reviewer has something to decide: a first submission or a change to a published product. */
  public boolean awaitsReview() {
    return status == ProductStatus.SUBMITTED || pendingChange != null;
  }

  Product edited(ProductContent changed, String editor, Instant now) {
    var entry = new AuditEntry(now, editor, status == ProductStatus.PUBLISHED ? "change-proposed" : "edited",
        FieldChanges.between(content, changed), null);
    return switch (status) {
      case PUBLISHED -> copy(content, changed, status, revision, null, entry, null);
      case DRAFT, REJECTED, APPROVED, DELISTED -> copy(changed, null, ProductStatus.DRAFT, revision, null, entry, null);
      case SUBMITTED -> throw new IllegalProductTransition(this, "edit while its review is pending");
    };
  }

  Product submitted(String actor, Instant now) {
    require(status == ProductStatus.DRAFT, "submit");
    return copy(content, null, ProductStatus.SUBMITTED, revision, null, AuditEntry.of(now, actor, "submitted"), null);
  }

  Product approved(String reviewer, Instant now) {
    if (status == ProductStatus.PUBLISHED && pendingChange != null) {
      var event = new ProductEvent(ProductEvent.Type.CHANGED, revision + 1, now);
      return copy(pendingChange, null, status, revision + 1, null, AuditEntry.of(now, reviewer, "change-approved"), event);
    }
    require(status == ProductStatus.SUBMITTED, "approve");
    return copy(content, null, ProductStatus.APPROVED, revision, null, AuditEntry.of(now, reviewer, "approved"), null);
  }

  Product rejected(String reviewer, String reason, Instant now) {
    var entry = new AuditEntry(now, reviewer, pendingChange != null ? "change-rejected" : "rejected", List.of(), reason);
    if (status == ProductStatus.PUBLISHED && pendingChange != null) {
      return copy(content, null, status, revision, reason, entry, null);
    }
    require(status == ProductStatus.SUBMITTED, "reject");
    return copy(content, null, ProductStatus.REJECTED, revision, reason, entry, null);
  }

  /** Publishes an approved product, or lists a delisted one again with the content it was approved with. */
  Product published(String actor, Instant now) {
    require(status == ProductStatus.APPROVED || status == ProductStatus.DELISTED, "publish");
    var event = new ProductEvent(ProductEvent.Type.PUBLISHED, revision + 1, now);
    return copy(content, null, ProductStatus.PUBLISHED, revision + 1, null, AuditEntry.of(now, actor, "published"), event);
  }

  Product delisted(String actor, Instant now) {
    require(status == ProductStatus.PUBLISHED, "delist");
    var event = new ProductEvent(ProductEvent.Type.DELISTED, revision, now);
    return copy(content, null, ProductStatus.DELISTED, revision, null, AuditEntry.of(now, actor, "delisted"), event);
  }

  /**
   * Replaces the gallery (first image first). Pictures change what buyers see, so a published product's new
   * gallery is announced like any other change.
   */
  Product withGallery(List<String> gallery, String actor, String action, Instant now) {
    var entries = new ArrayList<>(history);
    entries.add(AuditEntry.of(now, actor, action));
    var events = new ArrayList<>(outbox);
    int newRevision = revision;
    if (status == ProductStatus.PUBLISHED) {
      newRevision = revision + 1;
      events.add(new ProductEvent(ProductEvent.Type.CHANGED, newRevision, now));
    }
    return new Product(id, producerId, ownerUsername, region, content, pendingChange, status, newRevision, rejectionReason, gallery,
        entries, events, createdAt, version);
  }

  /** The product as the editor loaded it, so saving detects a change made in between (409). */
  Product asOfVersion(long loaded) {
    return new Product(id, producerId, ownerUsername, region, content, pendingChange, status, revision, rejectionReason, images,
        history, outbox, createdAt, loaded);
  }

  private void require(boolean allowed, String action) {
    if (!allowed) {
      throw new IllegalProductTransition(this, action);
    }
  }

  private Product copy(ProductContent newContent, @Nullable ProductContent pending, ProductStatus newStatus, int newRevision,
      @Nullable String reason, AuditEntry entry, @Nullable ProductEvent event) {
    var entries = new ArrayList<>(history);
    entries.add(entry);
    var events = new ArrayList<>(outbox);
    if (event != null) {
      events.add(event);
    }
    return new Product(id, producerId, ownerUsername, region, newContent, pending, newStatus, newRevision, reason, images, entries,
        events, createdAt, version);
  }
}
