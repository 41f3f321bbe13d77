import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { ProducerPage } from '../api'
import { huangshanRegions, publishedMaofeng, xieyuda } from '../testFixtures'
import PavilionProducerPage from './PavilionProducerPage.vue'

const SLOW = { timeout: 20_000 }

function open(page: () => Response, locale: 'zh-CN' | 'en' = 'zh-CN') {
  stubBackend({ 'GET /api/regions': () => jsonResponse(huangshanRegions), 'GET /api/pavilion/producers/prod-1': page })
  return mountWithHub(PavilionProducerPage, { locale, path: '/pavilion/producers/prod-1', props: { id: 'prod-1' } })
}

const answer = (page: Partial<ProducerPage> = {}) => () => jsonResponse({ producer: xieyuda(), products: [publishedMaofeng()], ...page })

describe('PavilionProducerPage', () => {
  it('shows the producer with logo, type, region, brands, story and its products as cards', SLOW, async () => {
    const { wrapper } = await open(answer())

    expect(wrapper.get('[data-testid="producer-name"]').text()).toBe('谢裕大茶叶')
    expect(wrapper.get('[data-testid="producer-logo"]').attributes('src')).toBe('/api/pavilion/images/logo-1')
    expect(wrapper.get('[data-testid="producer-type"]').text()).toBe('中华老字号')
    expect(wrapper.get('[data-testid="producer-region"]').text()).toBe('黄山市 · 徽州区')
    expect(wrapper.findAll('[data-testid="producer-brands"] .el-tag').map((tag) => tag.text())).toEqual(['谢裕大', 'Xieyuda'])
    expect(wrapper.get('[data-testid="producer-story"]').text()).toContain('始创于光绪元年')
    const card = wrapper.get('[data-testid="producer-products"] [data-testid="result-card"]')
    expect(card.attributes('href')).toBe('/pavilion/products/p-maofeng')
    expect(card.get('[data-testid="result-price"]').text()).toBe('¥128–560')
    expect(card.get('[data-testid="result-region"]').text()).toBe('黄山市 · 徽州区')
    expect(card.get('[data-testid="provenance-badges"]').text()).toMatch(/地理标志.*中华老字号.*绿色食品/)
  })

  it('shows the first character of the name when the producer has no logo', SLOW, async () => {
    const { wrapper } = await open(answer({ producer: xieyuda({ logoFileId: null }), products: [] }))

    expect(wrapper.find('[data-testid="producer-logo"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="producer-initial"]').text()).toBe('谢')
    expect(wrapper.get('[data-testid="producer-products"]').text()).toContain('该生产商暂无在售商品')
  })

  it('speaks English, falling back to Chinese where the producer wrote no English', SLOW, async () => {
    const { wrapper } = await open(answer(), 'en')
    expect(wrapper.get('[data-testid="producer-name"]').text()).toBe('Xieyuda Tea')
    expect(wrapper.get('[data-testid="producer-type"]').text()).toBe('China Time-honoured Brand')
    expect(wrapper.get('[data-testid="producer-region"]').text()).toBe('Huangshan · Huizhou District')
    expect(wrapper.get('[data-testid="producer-story"]').text()).toContain('Founded in 1875')
    wrapper.unmount()

    const chineseOnly = await open(answer({ producer: xieyuda({ nameEn: null, storyEn: null, logoFileId: null }) }), 'en')
    expect(chineseOnly.wrapper.get('[data-testid="producer-name"]').text()).toBe('谢裕大茶叶')
    expect(chineseOnly.wrapper.get('[data-testid="producer-initial"]').text()).toBe('谢')
    expect(chineseOnly.wrapper.get('[data-testid="producer-story"]').text()).toContain('始创于光绪元年')
  })

  it('says when the producer is unknown or not verified', SLOW, async () => {
    const { wrapper } = await open(() => problemResponse({ status: 404, title: 'Not Found', detail: 'No producer prod-1' }))

    expect(wrapper.get('[data-testid="page-not-found"]').text()).toContain('生产商不存在或尚未通过认证')
    expect(wrapper.find('[data-testid="page-retry"]').exists()).toBe(false)
  })

  it('offers a retry when the server fails', SLOW, async () => {
    let calls = 0
    const { wrapper } = await open(() => (++calls === 1 ? problemResponse({ status: 500, title: 'Internal Server Error' }) : answer()()))

    expect(wrapper.get('[data-testid="page-error"]').text()).toContain('生产商加载失败')
    await wrapper.get('[data-testid="page-retry"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="producer-name"]').text()).toBe('谢裕大茶叶')
  })
})
