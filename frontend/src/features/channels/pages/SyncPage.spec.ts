import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { ListingSync } from '../api'
import SyncPage from './SyncPage.vue'

const failed: ListingSync = {
  id: 'acc-1:p-1',
  accountId: 'acc-1',
  channel: 'TAOBAO',
  productId: 'p-1',
  productName: '祁门红茶 特级',
  status: 'FAILED',
  onSale: true,
  itemId: null,
  attempts: 0,
  nextAttemptAt: '2026-12-01T00:00:00Z',
  lastError: { failure: 'PERMANENT', code: '15/isv.invalid-parameter', message: '类目属性 20001 不存在', at: '2026-12-01T00:00:00Z' },
  plannedAt: '2026-12-01T00:00:00Z',
  syncedAt: null,
}

describe('SyncPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => setCookie('XSRF-TOKEN', 'admin-token'))

  it('shows counters per platform and the failed listings with the platform message, and retries one', async () => {
    let retried = 0
    const fetchMock = stubBackend({
      ...signedInAs(['ADMIN'], '系统管理员'),
      'GET /api/sync/counters': () => jsonResponse([{ channel: 'TAOBAO', synced: 7, pending: 2, failed: 1 }]),
      'GET /api/sync/listings': () => jsonResponse({ items: retried ? [] : [failed], total: retried ? 0 : 1, page: 0, size: 20 }),
      'POST /api/sync/errors/acc-1%3Ap-1/retry': () => {
        retried++
        return jsonResponse({ retried: 1 })
      },
    })
    const { wrapper } = await mountWithHub(SyncPage, { path: '/admin/sync' })
    await flushPromises()

    expect(wrapper.get('[data-testid="counter-TAOBAO"]').text()).toContain('7')
    expect(wrapper.get('[data-testid="counter-SUNING"]').text()).toContain('0')
    expect(wrapper.get('[data-testid="sync-queue"]').text()).toContain('类目属性 20001 不存在')
    expect(wrapper.find('[data-testid="retry-all-TAOBAO"]').exists()).toBe(true)

    const listingQuery = fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost'))
      .find((url) => url.pathname === '/api/sync/listings')!
    expect(listingQuery.searchParams.get('status')).toBe('FAILED')

    await wrapper.get('[data-testid="retry-acc-1:p-1"]').trigger('click')
    await flushPromises()
    expect(retried).toBe(1)
    expect(wrapper.get('[data-testid="sync-queue"]').text()).not.toContain('类目属性 20001 不存在')
  })

  it('shows the order import of every shop with what waits for the ledger, and starts a round on request', async () => {
    let runs = 0
    stubBackend({
      ...signedInAs(['ADMIN'], '系统管理员'),
      'GET /api/sync/counters': () => jsonResponse([]),
      'GET /api/sync/listings': () => jsonResponse({ items: [], total: 0, page: 0, size: 20 }),
      'GET /api/sync/orders': () => jsonResponse([{
        accountId: 'acc-1', channel: 'JD', shopName: '皖货汇京东店', importedUntil: '2026-12-01T00:00:00Z',
        lastRunAt: '2026-12-01T00:00:05Z', lastError: '2 App Call Limited', orders: 42, ledgerPending: 3, ledgerRefused: 1,
      }]),
      'POST /api/sync/orders/run': () => {
        runs++
        return new Response(null, { status: 202 })
      },
    })
    const { wrapper } = await mountWithHub(SyncPage, { path: '/admin/sync' })
    await flushPromises()

    const card = wrapper.get('[data-testid="order-imports"]')
    expect(card.text()).toContain('皖货汇京东店')
    expect(card.text()).toContain('2 App Call Limited')
    expect(wrapper.get('[data-testid="orders-pending-JD"]').text()).toBe('3')
    await wrapper.get('[data-testid="orders-run"]').trigger('click')
    await flushPromises()
    expect(runs).toBe(1)
  })
})
