package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.shared.audit.AuditEntry;
import cn.wanhuo.hub.shared.audit.FieldChanges;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign. Every state change is a method that guards the legal transitions and appends to the audit trail; the
 * changes the outside acts on also append an event and mark it pending for every consumer, in the same document the
 * next save writes, so a crash between the save and the consumers' work loses nothing.
 *
 * @param startAt the instant {@code plan.startsAt} stands for in Asia/Shanghai, kept for queries
 * @param activeSession a flash sale's session running now (its start), as the scheduler last saw it
 * @param pending consumer name → the change number it has yet to act on
 */
@Document("campaigns")
public record Campaign(
    @Id @Nullable String id,
    CampaignPlan plan,
    @Indexed CampaignStatus status,
    String organizer,
    @Indexed Instant startAt,
    @Indexed Instant endAt,
    @Nullable String bannerFileId,
    @Nullable LocalTime activeSession,
    List<AuditEntry> history,
    List<CampaignEvent> events,
    Map<String, Long> pending,
    long changeSeq,
    Instant createdAt,
    @Version @Nullable Long version) {

  public Campaign {
    history = history == null ? List.of() : List.copyOf(history);
    events = events == null ? List.of() : List.copyOf(events);
    pending = pending == null ? Map.of() : Map.copyOf(pending);
  }

  static Campaign draft(CampaignPlan plan, String organizer, Instant now) {
    return new Campaign(null, plan, CampaignStatus.DRAFT, organizer, instant(plan.startsAt()), instant(plan.endsAt()), null, null,
        List.of(AuditEntry.of(now, organizer, "created")), List.of(), Map.of(), 0, now, null);
  }

  static Instant instant(LocalDateTime shanghai) {
    return shanghai.atZone(CampaignPlan.SHANGHAI).toInstant();
  }

  Campaign edited(CampaignPlan changed, String editor, Instant now) {
    require(CampaignStatus.DRAFT, "edit");
    var entry = new AuditEntry(now, editor, "edited", FieldChanges.between(plan, changed), null);
    return new Campaign(id, changed, status, organizer, instant(changed.startsAt()), instant(changed.endsAt()), bannerFileId,
        activeSession, append(history, entry), events, pending, changeSeq, createdAt, version);
  }

  Campaign withBanner(String fileId, String actor, Instant now) {
    return new Campaign(id, plan, status, organizer, startAt, endAt, fileId, activeSession,
        append(history, AuditEntry.of(now, actor, "banner-changed")), events, pending, changeSeq, createdAt, version);
  }

  /**
   * Moves to {@code target} if that is legal from here. Steps that change what is sold and where ({@code event} not
   * null) are recorded as events pending for every consumer.
   */
  Campaign moved(CampaignStatus target, String action, String actor, @Nullable String reason, Instant now,
      CampaignEvent.@Nullable Type event, Set<String> consumers) {
    if (!status.next().contains(target)) {
      throw new IllegalCampaignTransition(this, action);
    }
    var entry = new AuditEntry(now, actor, done(action), List.of(), reason);
    var moved = new Campaign(id, plan, target, organizer, startAt, endAt, bannerFileId,
        target == CampaignStatus.LIVE ? activeSession : null, append(history, entry), events, pending, changeSeq, createdAt, version);
    return event == null ? moved : moved.announced(event, now, consumers);
  }

  /** A flash sale's session began or ended: prices switch, so consumers must act. */
  Campaign inSession(@Nullable LocalTime session, Instant now, Set<String> consumers) {
    var changed = new Campaign(id, plan, status, organizer, startAt, endAt, bannerFileId, session, history, events, pending,
        changeSeq, createdAt, version);
    return changed.announced(CampaignEvent.Type.SESSION_CHANGED, now, consumers);
  }

  /** Records an event and marks it pending for every consumer. */
  Campaign announced(CampaignEvent.Type type, Instant now, Set<String> consumers) {
    long seq = changeSeq + 1;
    var marks = new HashMap<>(pending);
    consumers.forEach(name -> marks.put(name, seq));
    var recorded = new ArrayList<>(events);
    recorded.add(new CampaignEvent(type, now, seq));
    return new Campaign(id, plan, status, organizer, startAt, endAt, bannerFileId, activeSession, history, recorded, marks, seq,
        createdAt, version);
  }

  /** Whether campaign prices apply at this instant: live, and for a flash sale inside a session. */
  public boolean pricesApply() {
    return status == CampaignStatus.LIVE && (plan.flashSessions().isEmpty() || activeSession != null);
  }

  /** The audit trail names steps as done, like the catalog's: "open" is recorded as "opened". */
  static String done(String action) {
    return switch (action) {
      case "open" -> "opened";
      case "close" -> "closed";
      case "reopen" -> "reopened";
      case "schedule" -> "scheduled";
      case "cancel" -> "cancelled";
      case "start" -> "started";
      case "end" -> "ended";
      default -> action;
    };
  }

  private void require(CampaignStatus expected, String action) {
    if (status != expected) {
      throw new IllegalCampaignTransition(this, action);
    }
  }

  private static <T> List<T> append(List<T> list, T item) {
    var copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
