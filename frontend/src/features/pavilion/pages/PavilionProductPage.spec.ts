import { describe, expect, it } from 'vitest'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { PublishedProduct, Region } from '../api'
import { maofeng, searchResult } from '../testFixtures'
import PavilionProductPage from './PavilionProductPage.vue'

const regions: Region[] = [
  { code: '341000', level: 'PREFECTURE', parentCode: null, nameZh: '黄山市', nameEn: 'Huangshan' },
  { code: '341004', level: 'COUNTY', parentCode: '341000', nameZh: '徽州区', nameEn: 'Huizhou District' },
]

const product: PublishedProduct = {
  id: 'p-maofeng',
  producerId: 'prod-1',
  region: '341004',
  images: ['img-1', 'img-2'],
  revision: 1,
  certificates: [{ type: 'GREEN_FOOD', number: 'LB-1', issuer: '中国绿色食品发展中心', validToday: true }],
  content: {
    category: 'TEA',
    nameZh: '黄山毛峰',
    nameEn: 'Huangshan Maofeng green tea',
    descriptionZh: '<p>明前采摘</p>',
    descriptionEn: '<p>Picked before Qingming</p>',
    attributes: {},
    skus: [
      { code: 'MF-250', spec: '250g', priceFen: 12800, stock: 5, barcode: null, weightGrams: 250 },
      { code: 'MF-500', spec: '500g', priceFen: 56000, stock: 0, barcode: null, weightGrams: 500 },
    ],
    provenance: {
      geographicalIndication: { name: '黄山毛峰', registrationNumber: 'GI-2002' },
      certificates: [],
      batches: [{ traceCode: 'MF-2026-01', what: '特级', where: '341004', when: '2026-04-01', who: '谢裕大', quantity: null }],
    },
  },
}

function open(locale: 'zh-CN' | 'en' = 'zh-CN', answer = () => jsonResponse(product)) {
  stubBackend({
    'GET /api/regions': () => jsonResponse(regions),
    'GET /api/pavilion/products/p-maofeng': answer,
    'GET /api/pavilion/search': () => jsonResponse(searchResult([maofeng()])),
  })
  return mountWithHub(PavilionProductPage, { locale, path: '/pavilion/products/p-maofeng', props: { id: 'p-maofeng' } })
}

describe('PavilionProductPage', () => {
  it('shows the product with gallery, SKUs and prices, provenance, region, producer and trace links', async () => {
    const { wrapper } = await open()

    expect(wrapper.get('[data-testid="product-name"]').text()).toBe('黄山毛峰')
    expect(wrapper.findAll('[data-testid="product-gallery"] img').map((img) => img.attributes('src'))).toContain('/api/pavilion/images/img-1')
    const rows = wrapper.findAll('[data-testid="product-skus"] tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))
    expect(rows).toEqual([['250g', '¥128', '有货'], ['500g', '¥560', '缺货']])
    expect(wrapper.get('[data-testid="provenance-badges"]').text()).toMatch(/地理标志.*中华老字号.*绿色食品/)
    expect(wrapper.get('[data-testid="product-region"]').text()).toBe('黄山市 · 徽州区')
    expect(wrapper.get('[data-testid="product-producer"]').text()).toBe('谢裕大茶叶')
    expect(wrapper.get('[data-testid="trace-link"]').attributes('href')).toBe('/trace/MF-2026-01')
  })

  it('speaks English in English', async () => {
    const { wrapper } = await open('en')

    expect(wrapper.get('[data-testid="product-name"]').text()).toBe('Huangshan Maofeng green tea')
    expect(wrapper.get('[data-testid="product-producer"]').text()).toBe('Xieyuda Tea')
    expect(wrapper.get('[data-testid="product-description"]').html()).toContain('<p>Picked before Qingming</p>')
  })

  it('says when the product is not on sale', async () => {
    const { wrapper } = await open('zh-CN', () => problemResponse({ status: 404, title: 'Not Found', detail: 'No product p-maofeng' }))

    expect(wrapper.get('[data-testid="product-error"]').text()).toContain('商品不存在或已下架')
  })
})
