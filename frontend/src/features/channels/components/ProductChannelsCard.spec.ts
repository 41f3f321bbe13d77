import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import ProductChannelsCard from './ProductChannelsCard.vue'

describe('ProductChannelsCard', () => {
  enableAutoUnmount(afterEach)

  it('shows the product on each platform and the platform message of a failure', async () => {
    stubBackend({
      ...signedInAs(['PRODUCER'], '祁门茶农'),
      'GET /api/sync/products/p-1': () =>
        jsonResponse([
          { id: 'a:p-1', accountId: 'a', channel: 'JD', productId: 'p-1', productName: '祁红', status: 'SYNCED', onSale: true, itemId: '7',
            attempts: 0, nextAttemptAt: '2026-12-01T00:00:00Z', lastError: null, plannedAt: '2026-12-01T00:00:00Z', syncedAt: '2026-12-01T00:00:00Z' },
          { id: 'b:p-1', accountId: 'b', channel: 'SUNING', productId: 'p-1', productName: '祁红', status: 'FAILED', onSale: true, itemId: null,
            attempts: 0, nextAttemptAt: '2026-12-01T00:00:00Z', plannedAt: '2026-12-01T00:00:00Z', syncedAt: null,
            lastError: { failure: 'PERMANENT', code: 'biz.item.param', message: '商品类目不存在', at: '2026-12-01T00:00:00Z' } },
        ]),
    })
    const { wrapper } = await mountWithHub(ProductChannelsCard, { path: '/', props: { productId: 'p-1' } })
    await flushPromises()

    expect(wrapper.get('[data-testid="product-channel-JD"]').text()).toContain('已同步')
    expect(wrapper.get('[data-testid="product-channel-SUNING"]').text()).toContain('商品类目不存在')
  })

  it('lets the producer take the product off one platform from its settings', async () => {
    let sent: unknown = null
    stubBackend({
      ...signedInAs(['PRODUCER'], '祁门茶农'),
      'GET /api/sync/products/p-1': () =>
        jsonResponse([
          { id: 'a:p-1', accountId: 'a', channel: 'JD', productId: 'p-1', productName: '祁红', status: 'SYNCED', onSale: true, itemId: '7',
            attempts: 0, nextAttemptAt: '2026-12-01T00:00:00Z', lastError: null, plannedAt: '2026-12-01T00:00:00Z', syncedAt: null },
        ]),
      'GET /api/sync/products/p-1/channels/JD': () =>
        jsonResponse({ productId: 'p-1', channel: 'JD', excluded: false, title: null, catalogTitle: '祁红', version: null,
          skus: [{ code: 'A', spec: '250g', catalogPriceFen: 12800, catalogStock: 120, priceFen: null, stock: null }] }),
      'PUT /api/sync/products/p-1/channels/JD': (init) => {
        sent = JSON.parse(String(init?.body))
        return jsonResponse({ productId: 'p-1', channel: 'JD', excluded: true, title: null, catalogTitle: '祁红', version: 0, skus: [] })
      },
    })
    const { wrapper } = await mountWithHub(ProductChannelsCard, { path: '/', props: { productId: 'p-1' } })
    await flushPromises()

    await wrapper.get('[data-testid="product-channel-settings-JD"]').trigger('click')
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="override-excluded"]').exists()).toBe(true))
    await wrapper.get('[data-testid="override-excluded"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="override-save"]').trigger('click')
    await vi.waitFor(() => expect(sent).not.toBeNull())

    expect(sent).toEqual({ excluded: true, title: null, skus: [] })
  })
})
