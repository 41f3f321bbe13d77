package cn.wanhuo.hub.shared.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step in a record's history. Kept inside the record it describes, so the change and its audit entry are
 * one MongoDB write and can never be separated.
 *
 * @param action what happened, e.g. {@code registered}, {@code licence-uploaded}, {@code rejected}
 * @param changedFields the fields an edit changed; empty for pure transitions
 * @param note a reason or remark, such as a rejection reason
 */
public record AuditEntry(Instant at, String actor, String action, List<String> changedFields, @Nullable String note) {

  public AuditEntry {
    changedFields = List.copyOf(changedFields);
  }

  public static AuditEntry of(Instant at, String actor, String action) {
    return new AuditEntry(at, actor, action, List.of(), null);
  }
}
