import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { Region } from '../api'
import { facets, guapian, itemCampaign, maofeng, searchResult, springTeaLanding } from '../testFixtures'
import PavilionSearchPage from './PavilionSearchPage.vue'

const regions: Region[] = [
  { code: '341000', level: 'PREFECTURE', parentCode: '340000', nameZh: '黄山市', nameEn: 'Huangshan' },
  { code: '341500', level: 'PREFECTURE', parentCode: '340000', nameZh: '六安市', nameEn: 'Lu’an' },
  { code: '341004', level: 'COUNTY', parentCode: '341000', nameZh: '徽州区', nameEn: 'Huizhou District' },
]

type Answer = (url: URL) => Response

async function openSearch(path: string, answer: Answer, locale: 'zh-CN' | 'en' = 'zh-CN', more: Parameters<typeof stubBackend>[0] = {}) {
  const searches: URL[] = []
  stubBackend({
    ...more,
    'GET /api/regions': () => jsonResponse(regions),
    'GET /api/pavilion/search': (_init, url) => {
      searches.push(url)
      return answer(url)
    },
  })
  const mounted = await mountWithHub(PavilionSearchPage, { path, locale })
  return { ...mounted, searches }
}

const names = (wrapper: Awaited<ReturnType<typeof openSearch>>['wrapper']) =>
  wrapper.findAll('[data-testid="result-name"]').map((name) => name.text())

describe('PavilionSearchPage', () => {
  it('searches what the URL says and shows the results with price, region, producer and badges', async () => {
    const { wrapper, searches } = await openSearch('/pavilion/search?q=maofeng&category=TEA&gi=true&sort=PRICE_ASC', () =>
      jsonResponse(searchResult([maofeng({ highlights: { nameZh: ['黄山<em>毛峰</em>'] } }), guapian()])),
    )

    const sent = searches[0]!.searchParams
    expect([sent.get('q'), sent.getAll('category'), sent.get('gi'), sent.get('sort')]).toEqual(['maofeng', ['TEA'], 'true', 'PRICE_ASC'])
    expect(wrapper.get('[data-testid="result-count"]').text()).toBe('共找到 2 件商品')
    const [first, second] = wrapper.findAll('[data-testid="result-card"]')
    expect(first!.get('[data-testid="result-name"]').html()).toContain('黄山<em>毛峰</em>')
    expect(first!.text()).toContain('¥128–560')
    expect(first!.text()).toContain('黄山市 · 徽州区')
    expect(first!.text()).toContain('谢裕大茶叶')
    expect(first!.get('[data-testid="provenance-badges"]').text()).toMatch(/地理标志.*中华老字号.*绿色食品/)
    expect(first!.find('img').attributes('src')).toBe('/api/pavilion/images/img-1')
    expect(first!.attributes('href')).toBe('/pavilion/products/p-maofeng')
    expect(second!.text()).toContain('¥50')
    expect(second!.get('[data-testid="out-of-stock"]').text()).toBe('暂时缺货')
    expect(second!.text()).toContain('暂无图片')
  })

  it('lists facet values with their counts and regions by name', async () => {
    const { wrapper } = await openSearch('/pavilion/search?q=茶&prefecture=341000', () =>
      jsonResponse(searchResult([maofeng()])),
    )

    const option = (testId: string) => wrapper.get(`[data-testid="facet-panel"] [data-testid="${testId}"]`)
    const shown = (testId: string) => [option(testId).get('.label').text(), Number(option(testId).get('.count').text())]
    expect(shown('facet-category-TEA')).toEqual(['茶叶', 2])
    expect(shown('facet-prefecture-341000')).toEqual(['黄山市', 1])
    expect(shown('facet-prefecture-341500')).toEqual(['六安市', 1])
    expect(shown('facet-county-341004')).toEqual(['徽州区', 1])
    expect(shown('facet-gi-true')).toEqual(['地理标志产品', 2])
    expect(shown('facet-certificate-GREEN_FOOD')).toEqual(['绿色食品', 1])
    expect(shown('facet-price-5000-20000')).toEqual(['¥50–200', 2])
    expect(wrapper.find('[data-testid="facet-price-0-5000"]').exists()).toBe(false)
    expect(shown('facet-inStock-true')).toEqual(['仅看有货', 1])
    expect(option('facet-prefecture-341000').find('input').element.checked).toBe(true)
  })

  it('puts a toggled filter in the URL and searches again from the first page', async () => {
    const { wrapper, router, searches } = await openSearch('/pavilion/search?q=茶', (url) =>
      jsonResponse(
        url.searchParams.get('prefecture') === '341500'
          ? searchResult([guapian()], { facets: facets({ geographicalIndication: 1 }) })
          : searchResult([maofeng(), guapian()]),
      ),
    )

    await wrapper.get('[data-testid="facet-panel"] [data-testid="facet-prefecture-341500"] input').setValue(true)
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ q: '茶', prefecture: '341500' })
    expect(searches.at(-1)!.searchParams.get('prefecture')).toBe('341500')
    expect(searches.at(-1)!.searchParams.has('cursor')).toBe(false)
    expect(names(wrapper)).toEqual(['六安瓜片'])
    expect(wrapper.get('[data-testid="facet-panel"] [data-testid="facet-gi-true"] .count').text()).toBe('1')

    await router.back()
    await flushPromises()
    expect(names(wrapper)).toEqual(['黄山毛峰', '六安瓜片'])
  })

  it('loads the next page with the cursor and appends it', async () => {
    const { wrapper, searches } = await openSearch('/pavilion/search?q=茶', (url) =>
      jsonResponse(
        url.searchParams.get('cursor') === 'page-2'
          ? searchResult([guapian()], { total: 2, nextCursor: null })
          : searchResult([maofeng()], { total: 2, nextCursor: 'page-2' }),
      ),
    )

    await wrapper.get('[data-testid="load-more"]').trigger('click')
    await flushPromises()

    expect(searches.at(-1)!.searchParams.get('cursor')).toBe('page-2')
    expect(searches.at(-1)!.searchParams.get('q')).toBe('茶')
    expect(names(wrapper)).toEqual(['黄山毛峰', '六安瓜片'])
    expect(wrapper.find('[data-testid="load-more"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('已显示全部 2 件商品')
  })

  it('offers the name the server suggests when nothing matched, and searches it on click', async () => {
    const { wrapper, router } = await openSearch('/pavilion/search?q=黄三毛峰', (url) =>
      jsonResponse(
        url.searchParams.get('q') === '黄山毛峰'
          ? searchResult([maofeng()])
          : searchResult([], { didYouMean: '黄山毛峰', facets: facets({ category: [], prefecture: [] }) }),
      ),
    )

    expect(wrapper.get('[data-testid="results-empty"]').text()).toContain('没有找到与“黄三毛峰”相关的商品')
    await wrapper.get('[data-testid="did-you-mean"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query.q).toBe('黄山毛峰')
    expect(names(wrapper)).toEqual(['黄山毛峰'])
  })

  it('shows English names in English, the Chinese one where there is none', async () => {
    const { wrapper } = await openSearch(
      '/pavilion/search?q=tea',
      () => jsonResponse(searchResult([maofeng({ highlights: { nameEn: ['Huangshan Maofeng green <em>tea</em>'] } }), guapian()])),
      'en',
    )

    expect(names(wrapper)).toEqual(['Huangshan Maofeng green tea', '六安瓜片'])
    expect(wrapper.get('[data-testid="result-name"]').html()).toContain('green <em>tea</em>')
    expect(wrapper.get('[data-testid="result-card"]').text()).toContain('Huangshan · Huizhou District')
    expect(wrapper.get('[data-testid="facet-panel"] [data-testid="facet-prefecture-341500"] .label').text()).toBe('Lu’an')
  })

  it('escapes a name that comes without highlights before showing it as HTML', async () => {
    const { wrapper } = await openSearch('/pavilion/search', () =>
      jsonResponse(searchResult([maofeng({ nameZh: '<b>毛峰</b>' })])),
    )

    expect(wrapper.get('[data-testid="result-name"]').text()).toBe('<b>毛峰</b>')
  })

  it('says search is unavailable on 503 and searches again on retry', async () => {
    let calls = 0
    const { wrapper } = await openSearch('/pavilion/search?q=毛峰', () =>
      ++calls === 1
        ? problemResponse({ status: 503, title: 'Service Unavailable', detail: 'Search is down' })
        : jsonResponse(searchResult([maofeng()])),
    )

    const error = wrapper.get('[data-testid="pavilion-search-error"]')
    expect(error.text()).toContain('搜索服务暂时不可用')
    expect(error.text()).toContain('Search is down')
    await wrapper.get('[data-testid="pavilion-search-retry"]').trigger('click')
    await flushPromises()
    expect(names(wrapper)).toEqual(['黄山毛峰'])
  })

  describe('campaigns', () => {
    const upcoming = itemCampaign({ id: 'c-huangshan', nameZh: '黄山茶抱团促销', status: 'SCHEDULED', priceFen: 4500 })

    it('marks a product in a live campaign with its name and campaign price, and one in a scheduled campaign without a price', async () => {
      const { wrapper } = await openSearch('/pavilion/search?q=茶', () =>
        jsonResponse(searchResult([maofeng({ campaign: itemCampaign() }), guapian({ campaign: upcoming }), maofeng({ id: 'p-plain' })])),
      )

      const [live, scheduled, plain] = wrapper.findAll('[data-testid="result-card"]')
      expect(live!.get('[data-testid="campaign-badge"]').text()).toBe('明前春茶节')
      expect(live!.get('[data-testid="result-campaign-price"]').text()).toBe('¥98')
      expect(live!.get('[data-testid="result-list-price"]').element.tagName).toBe('S')
      expect(live!.get('[data-testid="result-list-price"]').text()).toBe('原价¥128–560')
      expect(scheduled!.get('[data-testid="campaign-badge"]').text()).toBe('即将参加活动')
      expect(scheduled!.find('[data-testid="result-campaign-price"]').exists()).toBe(false)
      expect(scheduled!.get('[data-testid="result-price"]').text()).toBe('¥50')
      expect(plain!.find('[data-testid="campaign-badge"]').exists()).toBe(false)
      expect(plain!.find('[data-testid="result-campaign-price"]').exists()).toBe(false)
    })

    it('shows no campaign price for a flash sale between sessions, and English badges in English', async () => {
      const between = itemCampaign({ type: 'FLASH_SALE', priceFen: null })
      const { wrapper } = await openSearch(
        '/pavilion/search?q=tea',
        () => jsonResponse(searchResult([maofeng({ campaign: between }), guapian({ campaign: upcoming })])),
        'en',
      )

      const [live, scheduled] = wrapper.findAll('[data-testid="result-card"]')
      expect(live!.get('[data-testid="campaign-badge"]').text()).toBe('Pre-Qingming spring tea festival')
      expect(live!.find('[data-testid="result-campaign-price"]').exists()).toBe(false)
      expect(live!.get('[data-testid="result-price"]').text()).toBe('¥128–560')
      expect(scheduled!.get('[data-testid="campaign-badge"]').text()).toBe('Campaign coming soon')
    })

    it('limits the search to the campaign in the URL, names it in a chip and drops it when the chip is removed', async () => {
      const { wrapper, router, searches } = await openSearch('/pavilion/search?q=茶&campaign=c-spring-tea', (url) =>
        jsonResponse(searchResult(url.searchParams.has('campaign') ? [maofeng({ campaign: itemCampaign() })] : [maofeng(), guapian()])),
      )

      expect(searches[0]!.searchParams.get('campaign')).toBe('c-spring-tea')
      const chip = wrapper.get('[data-testid="campaign-filter"]')
      expect(chip.text()).toBe('活动：明前春茶节')
      expect(chip.get('[data-testid="campaign-filter-name"]').attributes('href')).toBe('/pavilion/campaigns/c-spring-tea')
      expect(chip.get('[data-testid="campaign-filter-remove"]').attributes('aria-label')).toBe('移除活动筛选')

      await chip.get('[data-testid="campaign-filter-remove"]').trigger('click')
      await flushPromises()

      expect(router.currentRoute.value.query).toEqual({ q: '茶' })
      expect(searches.at(-1)!.searchParams.has('campaign')).toBe(false)
      expect(names(wrapper)).toEqual(['黄山毛峰', '六安瓜片'])
      expect(wrapper.find('[data-testid="campaign-filter"]').exists()).toBe(false)
    })

    it('names the campaign from the campaign itself when no result carries it, and generically when that fails', async () => {
      const { wrapper } = await openSearch('/pavilion/search?campaign=c-spring-tea', () => jsonResponse(searchResult([])), 'en', {
        'GET /api/pavilion/campaigns/c-spring-tea': () => jsonResponse(springTeaLanding()),
      })
      expect(wrapper.get('[data-testid="campaign-filter"]').text()).toBe('Campaign: Pre-Qingming spring tea festival')

      const unknown = await openSearch('/pavilion/search?campaign=c-gone', () => jsonResponse(searchResult([])))
      expect(unknown.wrapper.get('[data-testid="campaign-filter"]').text()).toBe('活动：活动商品')
    })
  })
})
