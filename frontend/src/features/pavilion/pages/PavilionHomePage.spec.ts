import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { ProductSearchPage } from '../api'
import PavilionHomePage from './PavilionHomePage.vue'

const teas: ProductSearchPage = {
  total: 1,
  items: [
    {
      id: 'p-1',
      nameZh: '黄山毛峰',
      nameEn: 'Huangshan Maofeng tea',
      category: 'TEA',
      prefectureCode: '341000',
      prefectureNameZh: '黄山市',
      prefectureNameEn: 'Huangshan',
      geographicalIndication: true,
    },
  ],
}

async function searchFor(text: string, backend: Parameters<typeof stubBackend>[0]) {
  const fetchMock = stubBackend({ 'GET /api/regions': () => jsonResponse([]), ...backend })
  const mounted = await mountWithHub(PavilionHomePage)
  await mounted.wrapper.get('[data-testid="pavilion-search"]').setValue(text)
  await mounted.wrapper.get('form[role="search"]').trigger('submit')
  await flushPromises()
  return { ...mounted, fetchMock }
}

describe('PavilionHomePage search', () => {
  it('lists the goods the search service finds', async () => {
    const { wrapper, router, fetchMock } = await searchFor('毛峰', {
      'GET /api/pavilion/search': () => jsonResponse(teas),
    })

    const cards = wrapper.findAll('[data-testid="product-card"]')
    expect(cards).toHaveLength(1)
    expect(cards[0]!.text()).toContain('黄山毛峰')
    expect(cards[0]!.text()).toContain('地理标志')
    expect(router.currentRoute.value.query.q).toBe('毛峰')
    const searchUrl = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.includes('search'))
    expect(new URL(searchUrl!, 'http://x').searchParams.get('q')).toBe('毛峰')
  })

  it('shows an empty state when nothing matches', async () => {
    const { wrapper } = await searchFor('不存在', {
      'GET /api/pavilion/search': () => jsonResponse({ total: 0, items: [] }),
    })

    expect(wrapper.get('[data-testid="pavilion-results"]').text()).toContain('没有找到与“不存在”相关的商品')
  })

  it('says the search service is unavailable on 503, with the server’s detail', async () => {
    const { wrapper } = await searchFor('毛峰', {
      'GET /api/pavilion/search': () =>
        problemResponse({ status: 503, title: 'Service Unavailable', detail: 'Search index is offline' }),
    })

    const error = wrapper.get('[data-testid="pavilion-search-error"]')
    expect(error.text()).toContain('搜索服务暂时不可用')
    expect(error.text()).toContain('Search index is offline')
  })
})
