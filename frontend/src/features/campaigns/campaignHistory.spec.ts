import { describe, expect, it } from 'vitest'
import { auditEntriesOf, changedFieldsOf } from './campaignHistory'

describe('campaign history', () => {
  it('reads changed fields from a list or from a map of values', () => {
    expect(changedFieldsOf(['nameZh', 'endsAt'])).toEqual(['nameZh', 'endsAt'])
    expect(changedFieldsOf({ budgetFen: [0, 100], channels: null })).toEqual(['budgetFen', 'channels'])
    expect(changedFieldsOf(null)).toEqual([])
  })

  it('reads the backend’s audit entries, which name the fields and the note their own way', () => {
    const [entry] = auditEntriesOf([{ at: '2025-03-01T02:00:00Z', actor: 'org', action: 'edited', changedFields: ['endsAt'], note: '延期' }], {
      action: (action) => action,
      field: (field) => `F:${field}`,
    })

    expect(entry).toMatchObject({ changedFields: ['F:endsAt'], note: '延期' })
  })

  it('puts the reader’s words for actions and fields into audit entries, with the reason as the note', () => {
    const entries = auditEntriesOf(
      [
        { at: '2025-03-01T02:00:00Z', actor: 'org', action: 'edited', changes: ['nameZh'] },
        { at: '2025-03-02T02:00:00Z', actor: 'org', action: 'cancelled', changes: null, reason: '天气原因' },
      ],
      { action: (action) => `A:${action}`, field: (field) => `F:${field}` },
    )

    expect(entries).toEqual([
      { at: '2025-03-01T02:00:00Z', actor: 'org', action: 'A:edited', changedFields: ['F:nameZh'], note: null },
      { at: '2025-03-02T02:00:00Z', actor: 'org', action: 'A:cancelled', changedFields: [], note: '天气原因' },
    ])
  })
})
