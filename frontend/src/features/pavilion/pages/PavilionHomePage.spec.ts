import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { CAMPAIGN_NOW, guapian, huangshanGroup, maofeng, pavilionHome, springTea } from '../testFixtures'
import PavilionHomePage from './PavilionHomePage.vue'

const SLOW = { timeout: 20_000 }

function open(locale: 'zh-CN' | 'en' = 'zh-CN', home = () => jsonResponse(pavilionHome())) {
  const fetchMock = stubBackend({ 'GET /api/pavilion/home': home, 'GET /api/pavilion/suggest': () => jsonResponse([]) })
  return { fetchMock, mounted: mountWithHub(PavilionHomePage, { locale }) }
}

describe('PavilionHomePage', () => {
  it('takes a search to the results page with the text in the URL', SLOW, async () => {
    const { fetchMock, mounted } = open()
    const { wrapper, router } = await mounted

    await wrapper.get('input[data-testid="pavilion-search"]').setValue(' 毛峰 ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await vi.waitUntil(() => router.currentRoute.value.name !== 'pavilion', { timeout: 10_000 })
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('pavilion-search')
    expect(router.currentRoute.value.query).toEqual({ q: '毛峰' })
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/pavilion/search'))).toBe(false)
  })

  it('lists the 16 prefectures with their product counts, each linking to its prefecture page', SLOW, async () => {
    const { wrapper } = await open().mounted

    const tiles = wrapper.findAll('[data-testid="home-prefectures"] [data-testid="region-link"]')
    expect(tiles).toHaveLength(16)
    const luan = wrapper.get('[data-testid="home-prefectures"] [data-code="341500"]')
    expect(luan.get('[data-testid="region-name"]').text()).toBe('六安市')
    expect(luan.get('[data-testid="region-count"]').text()).toBe('7 件商品')
    expect(luan.get('a').attributes('href')).toBe('/pavilion/prefectures/341500')
    expect(wrapper.get('[data-code="340600"] [data-testid="region-count"]').text()).toBe('0 件商品')
  })

  it('links the featured categories, with their counts, to the search for each', SLOW, async () => {
    const { wrapper } = await open().mounted

    const chips = wrapper.findAll('[data-testid="home-categories"] [data-testid="category-link"]')
    expect(chips.map((chip) => chip.text())).toEqual(['茶叶 12', '食品 5'])
    expect(chips[0]!.attributes('href')).toBe('/pavilion/search?category=TEA')
  })

  it('shows the new arrivals and the time-honoured brands on shelves, and that campaigns are coming', SLOW, async () => {
    const { wrapper } = await open().mounted

    expect(wrapper.get('[data-testid="campaigns-empty"]').text()).toContain('活动即将上线')
    const newArrivals = wrapper.get('[data-testid="shelf-new-arrivals"]')
    expect(newArrivals.findAll('[data-testid="result-name"]').map((name) => name.text())).toEqual(['六安瓜片'])
    const timeHonoured = wrapper.get('[data-testid="shelf-time-honoured"]')
    expect(timeHonoured.text()).toContain('中华老字号')
    expect(timeHonoured.get('[data-testid="result-card"]').attributes('href')).toBe('/pavilion/products/p-maofeng')
    expect(timeHonoured.get('[data-testid="shelf-see-all"]').attributes('href')).toBe('/pavilion/search?certificate=TIME_HONOURED_BRAND')
  })

  it('speaks English, falling back to the Chinese name where a product has no English one', SLOW, async () => {
    const { wrapper } = await open('en').mounted

    expect(wrapper.get('[data-code="341500"] [data-testid="region-name"]').text()).toBe('Lu’an')
    expect(wrapper.get('[data-code="341500"] [data-testid="region-count"]').text()).toBe('7 items')
    expect(wrapper.get('[data-testid="campaigns-empty"]').text()).toContain('Campaigns coming soon')
    expect(wrapper.get('[data-testid="shelf-new-arrivals"] [data-testid="result-name"]').text()).toBe(guapian().nameZh)
    expect(wrapper.get('[data-testid="shelf-time-honoured"] [data-testid="result-name"]').text()).toBe(maofeng().nameEn)
    expect(wrapper.get('[data-testid="home-categories"] [data-testid="category-link"]').text()).toBe('Tea 12')
  })

  describe('campaign strip', () => {
    const withCampaigns = () => jsonResponse(pavilionHome({ campaigns: [springTea(), huangshanGroup()] }))
    const cards = (wrapper: Awaited<ReturnType<typeof open>['mounted']>['wrapper']) => wrapper.findAll('[data-testid="campaign-card"]')

    afterEach(() => vi.useRealTimers())

    function freezeClock() {
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
      vi.setSystemTime(CAMPAIGN_NOW)
    }

    it('shows the live campaign, then the scheduled one, each linking to its landing page', SLOW, async () => {
      freezeClock()
      const { wrapper } = await open('zh-CN', withCampaigns).mounted

      expect(wrapper.find('[data-testid="campaigns-empty"]').exists()).toBe(false)
      const [live, upcoming] = cards(wrapper)
      expect(cards(wrapper).map((card) => card.get('[data-testid="campaign-name"]').text())).toEqual(['明前春茶节', '黄山茶抱团促销'])
      expect(live!.attributes('href')).toBe('/pavilion/campaigns/c-spring-tea')
      expect(live!.get('[data-testid="campaign-type"]').text()).toBe('时令活动')
      expect(live!.get('[data-testid="campaign-banner"]').attributes('src')).toBe('/api/pavilion/images/banner-1')
      expect(live!.get('[data-testid="campaign-when"]').text()).toBe('进行中 · 距结束 3天 4小时')
      expect(live!.text()).toContain('12 件活动商品')
      expect(upcoming!.attributes('href')).toBe('/pavilion/campaigns/c-huangshan')
      expect(upcoming!.get('[data-testid="campaign-type"]').text()).toBe('抱团促销')
      expect(upcoming!.find('[data-testid="campaign-banner"]').exists()).toBe(false)
      expect(upcoming!.get('[data-testid="campaign-when"]').text()).toBe('即将开始 · 3月20日 10:00开始')
    })

    it('counts the live campaign down as time passes', SLOW, async () => {
      freezeClock()
      const { wrapper } = await open('zh-CN', withCampaigns).mounted

      await vi.advanceTimersByTimeAsync(60 * 60 * 1000 + 1000)

      expect(cards(wrapper)[0]!.get('[data-testid="campaign-countdown"]').text()).toBe('距结束 3天 2小时')
    })

    it('speaks English, with the Chinese name where a campaign has no English one', SLOW, async () => {
      freezeClock()
      const { wrapper } = await open('en', withCampaigns).mounted

      const [live, upcoming] = cards(wrapper)
      expect(live!.get('[data-testid="campaign-name"]').text()).toBe('Pre-Qingming spring tea festival')
      expect(live!.get('[data-testid="campaign-when"]').text()).toBe('Live · Ends in 3d 4h')
      expect(upcoming!.get('[data-testid="campaign-name"]').text()).toBe('黄山茶抱团促销')
      expect(upcoming!.get('[data-testid="campaign-when"]').text()).toBe('Coming soon · Starts Mar 20, 10:00')
      expect(upcoming!.get('[data-testid="campaign-type"]').text()).toBe('Group promotion')
    })
  })

  it('says when the pavilion cannot be loaded and loads it again on retry', SLOW, async () => {
    let calls = 0
    const { wrapper } = await open('zh-CN', () =>
      ++calls === 1 ? problemResponse({ status: 503, title: 'Service Unavailable', detail: '稍后再试' }) : jsonResponse(pavilionHome()),
    ).mounted

    expect(wrapper.get('[data-testid="page-error"]').text()).toContain('展馆首页加载失败')
    expect(wrapper.find('[data-testid="home-prefectures"]').exists()).toBe(false)

    await wrapper.get('[data-testid="page-retry"]').trigger('click')
    await flushPromises()

    expect(calls).toBe(2)
    expect(wrapper.find('[data-testid="page-error"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="home-prefectures"] [data-testid="region-link"]')).toHaveLength(16)
  })
})
