import type { AuditEntry } from '@/shared/ui/auditEntry'
import type { CampaignHistoryEntry } from './api'

/** The fields an edit changed, whether the server lists their names or maps them to their values. */
export function changedFieldsOf(changes: CampaignHistoryEntry['changes']): string[] {
  if (!changes) return []
  return Array.isArray(changes) ? changes.map(String) : Object.keys(changes)
}

/**
 * A campaign's or enrolment's history as the shared audit trail shows it. The trail only knows the words of
 * products and producers, so the action and field names arrive already in the reader's language.
 */
export function auditEntriesOf(
  history: readonly CampaignHistoryEntry[],
  words: { action: (action: string) => string; field: (field: string) => string },
): AuditEntry[] {
  return history.map((entry) => ({
    at: entry.at,
    actor: entry.actor,
    action: words.action(entry.action),
    changedFields: (entry.changedFields ?? changedFieldsOf(entry.changes)).map(words.field),
    note: entry.note ?? entry.reason ?? null,
  }))
}
