import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { ProductPage } from '../api'
import { huangshanRegions, publishedMaofeng, xieyuda } from '../testFixtures'
import PavilionProductPage from './PavilionProductPage.vue'

const SLOW = { timeout: 20_000 }
const [huangshan, huizhou] = huangshanRegions

const page = (overrides: Partial<ProductPage> = {}): ProductPage => ({
  product: publishedMaofeng(),
  producer: xieyuda(),
  prefecture: huangshan!,
  county: huizhou!,
  ...overrides,
})

function open(locale: 'zh-CN' | 'en' = 'zh-CN', answer = () => jsonResponse(page())) {
  const fetchMock = stubBackend({ 'GET /api/pavilion/products/p-maofeng/page': answer })
  const mounted = mountWithHub(PavilionProductPage, { locale, path: '/pavilion/products/p-maofeng', props: { id: 'p-maofeng' } })
  return { fetchMock, mounted }
}

describe('PavilionProductPage', () => {
  it('shows the product with gallery, SKUs and prices, provenance, region, producer and trace links', SLOW, async () => {
    const { fetchMock, mounted } = open()
    const { wrapper } = await mounted

    expect(wrapper.get('[data-testid="product-name"]').text()).toBe('黄山毛峰')
    expect(wrapper.findAll('[data-testid="product-gallery"] img').map((img) => img.attributes('src'))).toContain('/api/pavilion/images/img-1')
    const rows = wrapper.findAll('[data-testid="product-skus"] tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))
    expect(rows).toEqual([['250g', '¥128', '有货'], ['500g', '¥560', '缺货']])
    expect(wrapper.get('[data-testid="provenance-badges"]').text()).toMatch(/地理标志.*中华老字号.*绿色食品/)
    expect(wrapper.get('[data-testid="product-region"]').text()).toBe('黄山市 · 徽州区')
    expect(wrapper.get('[data-testid="trace-link"]').attributes('href')).toBe('/trace/MF-2026-01')
    const pavilionCalls = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/pavilion'))
    expect(pavilionCalls).toEqual(['/api/pavilion/products/p-maofeng/page'])
  })

  it('links the producer block, with logo and type, to the producer page', SLOW, async () => {
    const { wrapper } = await open().mounted

    const block = wrapper.get('[data-testid="product-producer"]')
    expect(block.attributes('href')).toBe('/pavilion/producers/prod-1')
    expect(block.get('[data-testid="product-producer-name"]').text()).toBe('谢裕大茶叶')
    expect(block.get('[data-testid="producer-logo"]').attributes('src')).toBe('/api/pavilion/images/logo-1')
    expect(block.text()).toContain('中华老字号')
  })

  it('leaves out the producer block when the producer is not shown and the region when unknown', SLOW, async () => {
    const { wrapper } = await open('zh-CN', () => jsonResponse(page({ producer: null, prefecture: null, county: null }))).mounted

    expect(wrapper.get('[data-testid="product-name"]').text()).toBe('黄山毛峰')
    expect(wrapper.find('[data-testid="product-producer"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="product-region"]').exists()).toBe(false)
  })

  it('speaks English in English, with Chinese where there is no English', SLOW, async () => {
    const { wrapper } = await open('en', () => jsonResponse(page({ producer: xieyuda({ nameEn: null }) }))).mounted

    expect(wrapper.get('[data-testid="product-name"]').text()).toBe('Huangshan Maofeng green tea')
    expect(wrapper.get('[data-testid="product-region"]').text()).toBe('Huangshan · Huizhou District')
    expect(wrapper.get('[data-testid="product-producer-name"]').text()).toBe('谢裕大茶叶')
    expect(wrapper.get('[data-testid="product-description"]').html()).toContain('<p>Picked before Qingming</p>')
  })

  it('says when the product is not on sale', SLOW, async () => {
    const { wrapper } = await open('zh-CN', () => problemResponse({ status: 404, title: 'Not Found', detail: 'No product p-maofeng' })).mounted

    expect(wrapper.get('[data-testid="product-error"]').text()).toContain('商品不存在或已下架')
    expect(wrapper.find('[data-testid="page-retry"]').exists()).toBe(false)
  })

  it('offers a retry when loading fails', SLOW, async () => {
    let calls = 0
    const { wrapper } = await open('zh-CN', () =>
      ++calls === 1 ? problemResponse({ status: 502, title: 'Bad Gateway' }) : jsonResponse(page()),
    ).mounted

    expect(wrapper.get('[data-testid="product-error"]').text()).toContain('商品加载失败')
    await wrapper.get('[data-testid="page-retry"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="product-name"]').text()).toBe('黄山毛峰')
  })
})
