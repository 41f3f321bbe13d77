/** One field whose value differs between two versions of a record, both values as text (null where absent). */
export interface FieldChange {
  field: string
  before: string | null
  after: string | null
}

/**
 * The fields whose text differs between two flattened versions (`path → text`), ordered by `order`: entries are
 * whole field names, or prefixes ending in `.` or `[` that stand for a group of fields.
 */
export function fieldChanges(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  order: readonly string[],
): FieldChange[] {
  const rank = (field: string): number => {
    const index = order.findIndex((prefix) => field === prefix || (/[.[]$/.test(prefix) && field.startsWith(prefix)))
    return index === -1 ? order.length : index
  }
  // Array.prototype.sort is stable, so fields of one group keep the order they were flattened in.
  const fields = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => rank(a) - rank(b))
  return fields
    .filter((field) => before.get(field) !== after.get(field))
    .map((field) => ({ field, before: before.get(field) ?? null, after: after.get(field) ?? null }))
}

/** Collects the text of the fields that have a value; blank values count as absent. */
export function fieldTexts(): { fields: Map<string, string>; put: (field: string, value: unknown) => void } {
  const fields = new Map<string, string>()
  return {
    fields,
    put(field, value) {
      if (value !== null && value !== undefined && String(value) !== '') fields.set(field, String(value))
    },
  }
}
