import { describe, expect, it } from 'vitest'
import { emptyShopForm, shopFormOf, shopFormProblems, shopRequest, tokenState } from './shopForm'
import type { Shop } from './api'

const shop: Shop = {
  id: 's1',
  channel: 'JD',
  shopName: '皖货京东店',
  gateway: 'https://api.jd.com/routerjson',
  appKeyHint: '…1234',
  secretSet: true,
  tokenSet: true,
  tokenExpiresAt: '2027-01-01T00:00:00Z',
  status: 'ACTIVE',
  statusMessage: null,
  qps: 20,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
}

describe('shop form', () => {
  it('needs the platform, a name, an http gateway and, to connect, the key, secret and token', () => {
    const form = { ...emptyShopForm(), gateway: 'ftp://example.com' }

    expect(shopFormProblems(form, true).map(([field]) => field)).toEqual([
      'channel',
      'shopName',
      'gateway',
      'appKey',
      'appSecret',
      'accessToken',
    ])
  })

  it('lets a change leave key, secret and token blank, and sends them as null so the stored ones stay', () => {
    const form = shopFormOf(shop)

    expect(form.appSecret).toBe('')
    expect(shopFormProblems(form, false)).toEqual([])
    expect(shopRequest(form)).toMatchObject({ channel: 'JD', appKey: null, appSecret: null, accessToken: null, qps: 20 })
  })

  it('refuses a QPS outside 1 to 10000', () => {
    const form = { ...shopFormOf(shop), qps: 0 }
    expect(shopFormProblems(form, false)).toEqual([['qps', 'channels.form.badQps']])
  })

  it('tells an expired token from one running out within a week', () => {
    const now = new Date('2026-12-30T00:00:00Z')
    expect(tokenState(null, now)).toBe('none')
    expect(tokenState('2026-12-29T00:00:00Z', now)).toBe('expired')
    expect(tokenState('2027-01-02T00:00:00Z', now)).toBe('soon')
    expect(tokenState('2027-03-01T00:00:00Z', now)).toBe('ok')
  })
})
