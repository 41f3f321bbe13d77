import type { Facets, SearchItem, SearchResult } from './api'

/** Test fixtures for the pavilion: search answers as the server sends them. */
export function maofeng(overrides: Partial<SearchItem> = {}): SearchItem {
  return {
    id: 'p-maofeng',
    nameZh: '黄山毛峰',
    nameEn: 'Huangshan Maofeng green tea',
    category: 'TEA',
    prefectureCode: '341000',
    prefectureNameZh: '黄山市',
    prefectureNameEn: 'Huangshan',
    countyCode: '341004',
    countyNameZh: '徽州区',
    countyNameEn: 'Huizhou District',
    producerId: 'prod-1',
    producerNameZh: '谢裕大茶叶',
    producerNameEn: 'Xieyuda Tea',
    minPriceFen: 12800,
    maxPriceFen: 56000,
    inStock: true,
    geographicalIndication: true,
    certificateTypes: ['GREEN_FOOD'],
    timeHonoured: true,
    coverImageId: 'img-1',
    highlights: {},
    ...overrides,
  }
}

export function guapian(overrides: Partial<SearchItem> = {}): SearchItem {
  return maofeng({
    id: 'p-guapian',
    nameZh: '六安瓜片',
    nameEn: null,
    prefectureCode: '341500',
    prefectureNameZh: '六安市',
    prefectureNameEn: 'Lu\u2019an',
    countyCode: null,
    countyNameZh: null,
    countyNameEn: null,
    minPriceFen: 5000,
    maxPriceFen: 5000,
    inStock: false,
    certificateTypes: [],
    timeHonoured: false,
    coverImageId: null,
    ...overrides,
  })
}

export function facets(overrides: Partial<Facets> = {}): Facets {
  return {
    category: [{ key: 'TEA', count: 2 }, { key: 'FOOD', count: 1 }],
    prefecture: [{ key: '341000', count: 1 }, { key: '341500', count: 1 }],
    county: [{ key: '341004', count: 1 }],
    certificate: [{ key: 'GREEN_FOOD', count: 1 }],
    price: [{ key: '0-5000', count: 0 }, { key: '5000-20000', count: 2 }, { key: '100000-', count: 0 }],
    geographicalIndication: 2,
    inStock: 1,
    ...overrides,
  }
}

export function searchResult(items: SearchItem[], overrides: Partial<SearchResult> = {}): SearchResult {
  return { total: items.length, items, facets: facets(), nextCursor: null, didYouMean: null, ...overrides }
}
