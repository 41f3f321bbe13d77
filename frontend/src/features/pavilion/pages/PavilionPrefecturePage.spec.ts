import { describe, expect, it } from 'vitest'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { luanPage } from '../testFixtures'
import PavilionPrefecturePage from './PavilionPrefecturePage.vue'

const SLOW = { timeout: 20_000 }

function open(code: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  stubBackend({ 'GET /api/pavilion/prefectures/341500': () => jsonResponse(luanPage()) })
  return mountWithHub(PavilionPrefecturePage, { locale, path: `/pavilion/prefectures/${code}`, props: { code } })
}

describe('PavilionPrefecturePage', () => {
  it('shows the prefecture with its counties, each linking to the search narrowed to it', SLOW, async () => {
    const { wrapper } = await open('341500')

    expect(wrapper.get('[data-testid="prefecture-name"]').text()).toBe('六安市')
    expect(wrapper.get('[data-testid="prefecture-count"]').text()).toBe('7 件商品')
    const counties = wrapper.findAll('[data-testid="prefecture-counties"] li')
    expect(counties.map((county) => [county.get('[data-testid="region-name"]').text(), county.get('[data-testid="region-count"]').text()]))
      .toEqual([['金安区', '2 件商品'], ['霍山县', '0 件商品']])
    expect(counties[0]!.get('a').attributes('href')).toBe('/pavilion/search?prefecture=341500&county=341502')
  })

  it('lists its specialties with a badge on the geographical indications', SLOW, async () => {
    const { wrapper } = await open('341500')

    const specialties = wrapper.findAll('[data-testid="specialty"]')
    expect(specialties.map((one) => one.get('[data-testid="specialty-name"]').text())).toEqual(['六安瓜片', '霍邱柳编'])
    expect(specialties[0]!.text()).toContain('茶叶')
    expect(specialties[0]!.find('[data-testid="specialty-gi"]').exists()).toBe(true)
    expect(specialties[1]!.find('[data-testid="specialty-gi"]').exists()).toBe(false)
  })

  it('links its categories and "see all" to the search within the prefecture', SLOW, async () => {
    const { wrapper } = await open('341500')

    const chips = wrapper.findAll('[data-testid="prefecture-categories"] [data-testid="category-link"]')
    expect(chips.map((chip) => chip.text())).toEqual(['茶叶 5', '工艺品 2'])
    expect(chips[1]!.attributes('href')).toBe('/pavilion/search?prefecture=341500&category=CRAFTS')
    expect(wrapper.findAll('[data-testid="prefecture-products"] [data-testid="result-card"]')).toHaveLength(1)
    const seeAll = wrapper.get('[data-testid="prefecture-see-all"]')
    expect(seeAll.text()).toContain('查看全部 7 件商品')
    expect(seeAll.attributes('href')).toBe('/pavilion/search?prefecture=341500')
  })

  it('speaks English, keeping the Chinese name of a specialty without an English one', SLOW, async () => {
    const { wrapper } = await open('341500', 'en')

    expect(wrapper.get('[data-testid="prefecture-name"]').text()).toBe('Lu’an')
    expect(wrapper.get('[data-testid="prefecture-count"]').text()).toBe('7 items')
    expect(wrapper.findAll('[data-testid="specialty-name"]').map((name) => name.text())).toEqual(['Lu’an Guapian green tea', '霍邱柳编'])
    expect(wrapper.get('[data-testid="prefecture-counties"] [data-testid="region-name"]').text()).toBe('Jin’an District')
  })

  it('says when the code is not a prefecture, without offering a retry', SLOW, async () => {
    stubBackend({
      'GET /api/pavilion/prefectures/341502': () => problemResponse({ status: 404, title: 'Not Found', detail: 'No prefecture 341502' }),
    })
    const { wrapper } = await mountWithHub(PavilionPrefecturePage, { path: '/pavilion/prefectures/341502', props: { code: '341502' } })

    expect(wrapper.get('[data-testid="page-not-found"]').text()).toContain('没有找到这个地市')
    expect(wrapper.find('[data-testid="page-retry"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="page-not-found"] a').attributes('href')).toBe('/')
  })
})
