import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { regions } from '@/features/producer/testFixtures'
import type { Product } from '@/features/products/api'
import { content, product } from '@/features/products/testFixtures'
import ProductReviewQueue from './ProductReviewQueue.vue'

const fresh = product({
  id: 'new-1',
  status: 'SUBMITTED',
  content: content({
    provenance: {
      ...content().provenance,
      certificates: [{ ...content().provenance.certificates[0]!, scanFileId: 'scan-7' }],
    },
  }),
  history: [
    { at: '2025-04-01T08:30:00Z', actor: 'farm1', action: 'created', changedFields: [], note: null },
    { at: '2025-04-02T08:30:00Z', actor: 'farm1', action: 'image-added', changedFields: [], note: null },
    { at: '2025-04-03T08:30:00Z', actor: 'farm1', action: 'submitted', changedFields: [], note: null },
  ],
})
const changed = product({
  id: 'chg-1',
  status: 'PUBLISHED',
  content: content({ nameZh: '黄山毛峰' }),
  pendingChange: content({ nameZh: '黄山毛峰（明前）', attributes: { ...content().attributes, grade: 'FIRST' } }),
})

async function mountQueue(products: Product[] = [fresh, changed]) {
  let all = [...products]
  const decided = (id: string) => {
    all = all.filter((p) => p.id !== id)
    return jsonResponse(products.find((p) => p.id === id))
  }
  const fetchMock = stubBackend({
    ...signedInAs(['REVIEWER']),
    'GET /api/regions': () => jsonResponse(regions),
    'GET /api/reviews/products': () => jsonResponse(all),
    'POST /api/reviews/products/new-1/approve': () => decided('new-1'),
    'POST /api/reviews/products/chg-1/reject': () => decided('chg-1'),
  })
  const mounted = await mountWithHub(ProductReviewQueue, { path: '/reviews' })
  await mounted.router.isReady()
  return { ...mounted, fetchMock }
}

describe('ProductReviewQueue', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'reviewer-token')
    document.body.innerHTML = ''
  })

  it('lists first submissions and proposed changes', async () => {
    const { wrapper } = await mountQueue()

    expect(wrapper.findAll('[data-testid="product-review-name"]').map((cell) => cell.text())).toEqual([
      '祁门红茶 特级',
      '黄山毛峰（明前）',
    ])
    expect(wrapper.findAll('[data-testid="product-review-kind"]').map((cell) => cell.text())).toEqual(['首次提交', '变更'])
  })

  it('shows only the changed fields of a proposed change side by side', async () => {
    const { wrapper } = await mountQueue()

    await wrapper.findAll('button[data-testid="product-review-open"]')[1]!.trigger('click')
    await flushPromises()

    const rows = wrapper.findAll('[data-testid="product-diff-row"]')
    expect(rows.map((row) => row.attributes('data-field'))).toEqual(['nameZh', 'attributes.grade'])
    expect(rows.map((row) => row.get('[data-testid="product-diff-field"]').text())).toEqual(['商品名称（中文）', '等级'])
    expect(rows[0]!.get('.before').text()).toBe('黄山毛峰')
    expect(rows[0]!.get('.after').text()).toBe('黄山毛峰（明前）')
  })

  it('shows the product’s history, newest first, and links its certificate scans', async () => {
    const { wrapper } = await mountQueue()

    await wrapper.findAll('button[data-testid="product-review-open"]')[0]!.trigger('click')
    await flushPromises()

    const history = wrapper.get('[data-testid="product-review-history"]')
    expect(history.findAll('[data-testid="audit-action"]').map((action) => action.text())).toEqual(['提交审核', '上传图片', '创建草稿'])
    const scan = wrapper.get('[data-testid="content-certificate-scan"]')
    expect(scan.text()).toBe('查看扫描件')
    expect(scan.attributes('href')).toBe('/api/products/new-1/certificate-scans/scan-7')
    expect(scan.attributes('target')).toBe('_blank')
  })

  it('links no scan for a certificate without one', async () => {
    const { wrapper } = await mountQueue()

    await wrapper.findAll('button[data-testid="product-review-open"]')[1]!.trigger('click')
    await flushPromises()

    expect(wrapper.findAll('[data-testid="content-certificate"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="content-certificate-scan"]').exists()).toBe(false)
  })

  it('approves a product and drops it from the queue', async () => {
    const { wrapper, fetchMock } = await mountQueue()

    await wrapper.findAll('button[data-testid="product-review-open"]')[0]!.trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="product-diff"]').exists()).toBe(false)
    await wrapper.get('button[data-testid="product-review-approve"]').trigger('click')
    await flushPromises()

    expect(fetchMock.mock.calls.some(([url, init]) => String(url) === '/api/reviews/products/new-1/approve' && init?.method === 'POST')).toBe(true)
    expect(wrapper.findAll('[data-testid="product-review-name"]').map((cell) => cell.text())).toEqual(['黄山毛峰（明前）'])
  })

  it('rejects a change only with a reason', async () => {
    const { wrapper, fetchMock } = await mountQueue()

    await wrapper.findAll('button[data-testid="product-review-open"]')[1]!.trigger('click')
    await flushPromises()
    await wrapper.get('button[data-testid="product-review-reject"]').trigger('click')
    await flushPromises()
    const dialog = wrapper.get('[data-testid="reject-form"]')
    expect(dialog.text()).toContain('商品：黄山毛峰（明前）')
    await dialog.trigger('submit')
    await flushPromises()
    await vi.waitFor(() => expect(dialog.find('.el-form-item__error').text()).toContain('请填写驳回原因'))

    await wrapper.get('[data-testid="reject-reason"]').setValue('等级与检测报告不符')
    await dialog.trigger('submit')
    await flushPromises()

    const post = fetchMock.mock.calls.find(([url]) => String(url) === '/api/reviews/products/chg-1/reject')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ reason: '等级与检测报告不符' })
  })
})
