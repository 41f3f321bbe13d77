import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import PavilionHomePage from './PavilionHomePage.vue'

describe('PavilionHomePage', () => {
  it('takes a search to the results page with the text in the URL', async () => {
    const fetchMock = stubBackend({
      'GET /api/regions': () => jsonResponse([]),
      'GET /api/pavilion/suggest': () => jsonResponse([]),
    })
    const { wrapper, router } = await mountWithHub(PavilionHomePage)

    await wrapper.get('input[data-testid="pavilion-search"]').setValue(' 毛峰 ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await vi.waitUntil(() => router.currentRoute.value.name !== 'pavilion', { timeout: 10_000 })
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('pavilion-search')
    expect(router.currentRoute.value.query).toEqual({ q: '毛峰' })
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/pavilion/search'))).toBe(false)
  })

  it('links every prefecture to the search narrowed to it', async () => {
    stubBackend({
      'GET /api/regions': () =>
        jsonResponse([{ code: '341500', level: 'PREFECTURE', parentCode: null, nameZh: '六安市', nameEn: 'Lu’an' }]),
    })
    const { wrapper } = await mountWithHub(PavilionHomePage)

    const link = wrapper.get('[data-testid="prefecture-list"] a')
    expect(link.text()).toBe('六安市')
    expect(link.attributes('href')).toBe('/pavilion/search?prefecture=341500')
  })
})
