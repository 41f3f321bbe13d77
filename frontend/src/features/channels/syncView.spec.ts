import { describe, expect, it } from 'vitest'
import { accountTone, counterCards, retryableChannels, syncTone } from './syncView'

describe('sync view', () => {
  it('shows every platform in order, with zeros for those without listings', () => {
    const cards = counterCards([{ channel: 'JD', synced: 3, pending: 1, failed: 0 }])

    expect(cards.map((card) => card.channel)).toEqual(['TAOBAO', 'JD', 'PINDUODUO', 'SUNING'])
    expect(cards[1]).toMatchObject({ total: 4, syncedShare: 75 })
    expect(cards[0]).toMatchObject({ total: 0, syncedShare: 100 })
  })

  it('offers retrying all only on platforms with failed listings', () => {
    expect(
      retryableChannels([
        { channel: 'SUNING', synced: 0, pending: 0, failed: 2 },
        { channel: 'TAOBAO', synced: 5, pending: 0, failed: 0 },
      ]),
    ).toEqual(['SUNING'])
  })

  it('colours synced green, pending amber, failed red and paused shops red', () => {
    expect([syncTone('SYNCED'), syncTone('PENDING'), syncTone('FAILED')]).toEqual(['success', 'warning', 'danger'])
    expect(accountTone('NEEDS_REAUTHORIZATION')).toBe('danger')
    expect(accountTone('DISABLED')).toBe('info')
  })
})
