import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { ProductPage } from '../api'
import { CAMPAIGN_NOW, huangshanRegions, productCampaign, publishedMaofeng, xieyuda } from '../testFixtures'
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

  describe('campaign panel', () => {
    afterEach(() => vi.useRealTimers())

    function freezeClock() {
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
      vi.setSystemTime(CAMPAIGN_NOW)
    }

    const panelOf = (wrapper: Awaited<ReturnType<typeof open>['mounted']>['wrapper']) => wrapper.get('[data-testid="campaign-panel"]')

    it('shows a live campaign with its badge, the time to its end, and each SKU’s campaign price, limit and what is left', SLOW, async () => {
      freezeClock()
      const { wrapper } = await open('zh-CN', () => jsonResponse(page({ campaign: productCampaign() }))).mounted

      const panel = panelOf(wrapper)
      expect(panel.get('[data-testid="campaign-badge"]').text()).toBe('明前春茶节')
      expect(panel.get('[data-testid="campaign-countdown"]').text()).toBe('距结束 3天 4小时 0分 0秒')
      const row = panel.get('[data-testid="campaign-skus"] [data-code="MF-250"]')
      expect(row.text()).toContain('250g')
      expect(row.get('[data-testid="campaign-sku-price"]').text()).toBe('¥98')
      expect(row.get('[data-testid="campaign-sku-list-price"]').text()).toBe('原价¥128')
      expect(row.get('[data-testid="campaign-sku-terms"]').text()).toBe('每人限购 2 件活动余量 37 件')
      expect(panel.findAll('[data-testid="campaign-skus"] li')).toHaveLength(1)
      expect(panel.get('[data-testid="campaign-open"]').attributes('href')).toBe('/pavilion/campaigns/c-spring-tea')

      await vi.advanceTimersByTimeAsync(61_000)
      expect(panel.get('[data-testid="campaign-countdown"]').text()).toBe('距结束 3天 3小时 58分 59秒')
    })

    it('counts a scheduled campaign down to its start and says the prices apply from then', SLOW, async () => {
      freezeClock()
      const scheduled = productCampaign({
        status: 'SCHEDULED',
        startsAt: '2026-03-17T06:30:00Z',
        priceFen: null,
        skus: [{ code: 'MF-250', listPriceFen: 12800, campaignPriceFen: 9800, perBuyerLimit: 2, remaining: 0 }],
      })
      const { wrapper } = await open('zh-CN', () => jsonResponse(page({ campaign: scheduled }))).mounted

      const panel = panelOf(wrapper)
      expect(panel.get('[data-testid="campaign-badge"]').text()).toBe('即将参加活动')
      expect(panel.get('[data-testid="campaign-countdown"]').text()).toBe('距开始 30分 0秒')
      expect(panel.get('[data-testid="campaign-hint"]').text()).toBe('活动开始后按活动价销售')
      expect(panel.get('[data-testid="campaign-sku-terms"]').text()).toContain('已抢光')
    })

    it('loads the page again when the countdown reaches zero, showing list prices once the campaign has ended', SLOW, async () => {
      freezeClock()
      let calls = 0
      const endingSoon = productCampaign({ endsAt: '2026-03-17T06:00:05Z' })
      const { fetchMock, mounted } = open('zh-CN', () => jsonResponse(page({ campaign: ++calls === 1 ? endingSoon : null })))
      const { wrapper } = await mounted

      await vi.advanceTimersByTimeAsync(4000)
      expect(calls).toBe(1)
      expect(panelOf(wrapper).get('[data-testid="campaign-countdown"]').text()).toBe('距结束 1秒')

      await vi.advanceTimersByTimeAsync(1000)
      await flushPromises()

      expect(calls).toBe(2)
      expect(String(fetchMock.mock.calls.at(-1)![0])).toMatch(/^\/api\/pavilion\/products\/p-maofeng\/page\?at=\d+$/)
      expect(wrapper.find('[data-testid="campaign-panel"]').exists()).toBe(false)
      expect(wrapper.get('[data-testid="product-skus"] tbody tr td.price').text()).toBe('¥128')
    })

    it('asks again, waiting longer each time, while the server still shows a campaign past its end', SLOW, async () => {
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] })
      vi.setSystemTime(CAMPAIGN_NOW)
      let calls = 0
      const over = productCampaign({ endsAt: '2026-03-17T05:59:00Z' })
      const { wrapper } = await open('zh-CN', () => jsonResponse(page({ campaign: ++calls <= 2 ? over : null }))).mounted
      expect(calls).toBe(1)
      expect(panelOf(wrapper).get('[data-testid="campaign-countdown"]').text()).toBe('距结束 0秒')

      await vi.advanceTimersByTimeAsync(3000)
      await flushPromises()
      expect(calls).toBe(2)

      await vi.advanceTimersByTimeAsync(9000)
      expect(calls).toBe(2)
      await vi.advanceTimersByTimeAsync(1000)
      await flushPromises()

      expect(calls).toBe(3)
      expect(wrapper.find('[data-testid="campaign-panel"]').exists()).toBe(false)
    })

    it('speaks English', SLOW, async () => {
      freezeClock()
      const { wrapper } = await open('en', () => jsonResponse(page({ campaign: productCampaign() }))).mounted

      const panel = panelOf(wrapper)
      expect(panel.get('[data-testid="campaign-badge"]').text()).toBe('Pre-Qingming spring tea festival')
      expect(panel.get('[data-testid="campaign-countdown"]').text()).toBe('Ends in 3d 4h 0m 0s')
      expect(panel.get('[data-testid="campaign-sku-list-price"]').text()).toBe('Regular price¥128')
      expect(panel.get('[data-testid="campaign-sku-terms"]').text()).toBe('Limit per buyer 2Left at this price 37')
    })
  })

  it('shows no campaign panel for a product in no campaign', SLOW, async () => {
    const { wrapper } = await open('zh-CN', () => jsonResponse(page({ campaign: null }))).mounted

    expect(wrapper.get('[data-testid="product-name"]').text()).toBe('黄山毛峰')
    expect(wrapper.find('[data-testid="campaign-panel"]').exists()).toBe(false)
  })
})
