/**
 * One step in the history a record carries (`Product.history`, `Producer.history`): who did what when, the fields
 * an edit changed and a note such as a rejection reason.
 */
export interface AuditEntry {
  /** ISO-8601 instant. */
  at: string
  actor: string
  /** As the server names it, e.g. `submitted`, `change-proposed`, `licence-uploaded`. */
  action: string
  changedFields: string[]
  note: string | null
}

/** The subjects whose actions and fields the audit messages name, under `audit.<subject>`. */
export type AuditSubject = 'product' | 'producer'

/** Newest first; of two entries at the same instant, the one appended later. */
export function newestFirst(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, time: Date.parse(entry.at) }))
    .sort((a, b) => (b.time || 0) - (a.time || 0) || b.index - a.index)
    .map(({ entry }) => entry)
}

/** The message key of an action: `change-proposed` → `changeProposed`. */
export function actionKey(action: string): string {
  return action.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
}

const GOOD = new Set(['approved', 'verified', 'published', 'change-approved'])
const BAD = new Set(['rejected', 'change-rejected', 'delisted'])
const ASKING = new Set(['submitted', 'change-proposed', 'licence-uploaded'])

/** How the timeline colours an action's dot. */
export function actionTone(action: string): 'success' | 'danger' | 'primary' | undefined {
  if (GOOD.has(action)) return 'success'
  if (BAD.has(action)) return 'danger'
  return ASKING.has(action) ? 'primary' : undefined
}
