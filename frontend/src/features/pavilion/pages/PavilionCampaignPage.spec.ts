import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { PublicCampaign } from '../campaigns'
import { CAMPAIGN_NOW, guapian, itemCampaign, maofeng, searchResult, springTeaLanding } from '../testFixtures'
import PavilionCampaignPage from './PavilionCampaignPage.vue'

const SLOW = { timeout: 20_000 }

/** Opens the landing page of the spring-tea campaign; `campaign` answers each request, the URL carries the cursor. */
async function openCampaign(campaign: (url: URL) => Response, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const requests: URL[] = []
  stubBackend({ 'GET /api/pavilion/campaigns/c-spring-tea': (_init, url) => (requests.push(url), campaign(url)) })
  const mounted = await mountWithHub(PavilionCampaignPage, {
    locale,
    path: '/pavilion/campaigns/c-spring-tea',
    props: { id: 'c-spring-tea' },
  })
  return { ...mounted, requests }
}

const landing = (overrides: Partial<PublicCampaign> = {}) => () => jsonResponse(springTeaLanding(overrides))

describe('PavilionCampaignPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(CAMPAIGN_NOW)
  })
  afterEach(() => vi.useRealTimers())

  it('shows the campaign with banner, status, countdown, description, schedule in Beijing time, terms and channels', SLOW, async () => {
    const { wrapper } = await openCampaign(landing())

    const header = wrapper.get('[data-testid="campaign-header"]')
    expect(header.get('[data-testid="campaign-name"]').text()).toBe('明前春茶节')
    expect(header.text()).toContain('Pre-Qingming spring tea festival')
    expect(header.get('[data-testid="campaign-type"]').text()).toBe('时令活动')
    expect(header.get('[data-testid="campaign-banner"]').attributes('src')).toBe('/api/pavilion/images/banner-1')
    expect(header.get('[data-testid="campaign-status"]').text()).toBe('进行中')
    expect(header.get('[data-testid="campaign-countdown"]').text()).toBe('距结束 3天 4小时 0分 0秒')
    expect(header.get('[data-testid="campaign-description"]').text()).toBe('明前新茶，产地直发。\n每人限购两件。')
    expect(header.get('[data-testid="campaign-schedule"]').text()).toBe('2026年3月15日 10:00 至 2026年3月20日 18:00（北京时间）')
    expect(header.get('[data-testid="campaign-tiers"]').text()).toBe('满300减30')
    expect(header.get('[data-testid="campaign-channels"]').text()).toBe('安徽馆、淘宝、京东')
    expect(header.find('[data-testid="campaign-regional-brand"]').exists()).toBe(false)
    expect(header.find('[data-testid="campaign-sessions"]').exists()).toBe(false)
  })

  it('lists the campaign’s products with badge and campaign price, and loads the next page with the cursor', SLOW, async () => {
    const { wrapper, requests } = await openCampaign((url) =>
      jsonResponse(springTeaLanding({
        products: url.searchParams.get('cursor') === 'page-2'
          ? searchResult([guapian({ campaign: itemCampaign({ priceFen: 4000 }) })], { total: 2 })
          : searchResult([maofeng({ campaign: itemCampaign() })], { total: 2, nextCursor: 'page-2' }),
      })),
    )

    const products = wrapper.get('[data-testid="campaign-products"]')
    expect(products.get('[data-testid="campaign-badge"]').text()).toBe('明前春茶节')
    expect(products.get('[data-testid="result-campaign-price"]').text()).toBe('¥98')

    await products.get('[data-testid="load-more"]').trigger('click')
    await flushPromises()

    expect(requests.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'page-2'])
    expect(products.findAll('[data-testid="result-campaign-price"]').map((price) => price.text())).toEqual(['¥98', '¥40'])
    expect(products.find('[data-testid="load-more"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="campaign-name"]').text()).toBe('明前春茶节')
  })

  it('names the regional brand of a group promotion and the daily sessions of a flash sale', SLOW, async () => {
    const group = await openCampaign(landing({ type: 'GROUP_PROMOTION', regionalBrand: '黄山茶', bannerFileId: null }))
    expect(group.wrapper.get('[data-testid="campaign-regional-brand"]').text()).toBe('黄山茶')
    expect(group.wrapper.get('[data-testid="campaign-type"]').text()).toBe('抱团促销')
    expect(group.wrapper.find('[data-testid="campaign-banner"]').exists()).toBe(false)

    const flash = await openCampaign(landing({
      type: 'FLASH_SALE',
      flashSessions: [{ start: '10:00', minutes: 60 }, { start: '20:00', minutes: 30 }],
    }))
    expect(flash.wrapper.get('[data-testid="campaign-sessions"]').text()).toContain('10:00–11:00、20:00–20:30')
  })

  it('says an ended campaign has ended and that prices are back to normal, without counting down', SLOW, async () => {
    const { wrapper } = await openCampaign(landing({
      status: 'ENDED', startsAt: '2026-03-01T02:00:00Z', endsAt: '2026-03-10T10:00:00Z', products: searchResult([]),
    }))

    expect(wrapper.get('[data-testid="campaign-status"]').text()).toBe('已结束')
    expect(wrapper.find('[data-testid="campaign-countdown"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="campaign-ended"]').text()).toBe('活动已结束，商品已恢复原价')
    expect(wrapper.find('[data-testid="result-list"]').exists()).toBe(false)
  })

  it('asks for the campaign again, past the browser’s cache, when it ends', SLOW, async () => {
    let ended = false
    const { wrapper, requests } = await openCampaign(() =>
      jsonResponse(ended ? springTeaLanding({ status: 'ENDED', products: searchResult([]) }) : springTeaLanding({ endsAt: '2026-03-17T06:00:03Z' })),
    )
    expect(wrapper.get('[data-testid="campaign-countdown"]').text()).toBe('距结束 3秒')

    ended = true
    await vi.advanceTimersByTimeAsync(3000)
    await flushPromises()

    expect(requests).toHaveLength(2)
    expect(requests[1]!.searchParams.has('at')).toBe(true)
    expect(wrapper.get('[data-testid="campaign-ended"]').text()).toBe('活动已结束，商品已恢复原价')
  })

  it('speaks English', SLOW, async () => {
    const { wrapper } = await openCampaign(landing({ nameEn: null, descriptionEn: null }), 'en')

    expect(wrapper.get('[data-testid="campaign-name"]').text()).toBe('明前春茶节')
    expect(wrapper.get('[data-testid="campaign-status"]').text()).toBe('Live')
    expect(wrapper.get('[data-testid="campaign-countdown"]').text()).toBe('Ends in 3d 4h 0m 0s')
    expect(wrapper.get('[data-testid="campaign-schedule"]').text()).toBe('Mar 15, 2026, 10:00 to Mar 20, 2026, 18:00 (Beijing time)')
    expect(wrapper.get('[data-testid="campaign-channels"]').text()).toBe('Anhui Pavilion, Taobao, JD.com')
    expect(wrapper.get('[data-testid="campaign-tiers"]').text()).toBe('¥30 off ¥300')
  })

  it('says when the campaign does not exist, with a way back to the pavilion', SLOW, async () => {
    const { wrapper } = await openCampaign(() => problemResponse({ status: 404, title: 'Not Found', detail: 'No campaign c-spring-tea' }))

    expect(wrapper.get('[data-testid="page-not-found"]').text()).toContain('活动不存在或已取消')
    expect(wrapper.get('[data-testid="campaign-back-home"]').attributes('href')).toBe('/')
    expect(wrapper.find('[data-testid="page-retry"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="campaign-products"]').exists()).toBe(false)
  })

  it('offers a retry when the campaign cannot be loaded', SLOW, async () => {
    let calls = 0
    const { wrapper } = await openCampaign(() =>
      ++calls === 1 ? problemResponse({ status: 502, title: 'Bad Gateway' }) : jsonResponse(springTeaLanding()),
    )

    expect(wrapper.get('[data-testid="page-error"]').text()).toContain('活动加载失败')
    await wrapper.get('[data-testid="page-retry"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="campaign-name"]').text()).toBe('明前春茶节')
  })
})
