import { describe, expect, it } from 'vitest'
import { profile } from '@/features/producer/testFixtures'
import { profileChanges } from './producerDiff'

describe('profileChanges', () => {
  it('lists nothing when the profile is as verified', () => {
    expect(profileChanges(profile(), profile())).toEqual([])
  })

  it('lists only the changed fields in the form’s order, contacts one by one', () => {
    const verified = profile()
    const current = profile({
      storyZh: null,
      countyCode: '341021',
      contacts: [verified.contacts[0]!, { name: '王会计', phone: '0559-4519999', email: 'wang@example.cn' }],
    })

    expect(profileChanges(verified, current)).toEqual([
      { field: 'countyCode', before: '341024', after: '341021' },
      { field: 'contacts[1]', before: null, after: '王会计 · 0559-4519999 · wang@example.cn' },
      { field: 'storyZh', before: '百年祁红，香高味醇。', after: null },
    ])
  })
})
