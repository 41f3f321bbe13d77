import { afterEach, describe, expect, it } from 'vitest'
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
})
