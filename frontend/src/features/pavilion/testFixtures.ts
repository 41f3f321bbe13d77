import type { HomeCampaign, ItemCampaign, ProductCampaign, PublicCampaign } from './campaigns'
import type { Facets, PavilionHome, PrefecturePage, ProducerSummary, PublishedProduct, Region, SearchItem, SearchResult } from './api'

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

const PREFECTURES: [string, string, string][] = [
  ['340100', '合肥市', 'Hefei'], ['340200', '芜湖市', 'Wuhu'], ['340300', '蚌埠市', 'Bengbu'], ['340400', '淮南市', 'Huainan'],
  ['340500', '马鞍山市', 'Ma\u2019anshan'], ['340600', '淮北市', 'Huaibei'], ['340700', '铜陵市', 'Tongling'], ['340800', '安庆市', 'Anqing'],
  ['341000', '黄山市', 'Huangshan'], ['341100', '滁州市', 'Chuzhou'], ['341200', '阜阳市', 'Fuyang'], ['341300', '宿州市', 'Suzhou'],
  ['341500', '六安市', 'Lu\u2019an'], ['341600', '亳州市', 'Bozhou'], ['341700', '池州市', 'Chizhou'], ['341800', '宣城市', 'Xuancheng'],
]

/** The home page as the server sends it: all 16 prefectures, 六安市 with 7 products, 淮北市 with none. */
export function pavilionHome(overrides: Partial<PavilionHome> = {}): PavilionHome {
  return {
    categories: [{ key: 'TEA', count: 12 }, { key: 'FOOD', count: 5 }],
    prefectures: PREFECTURES.map(([code, nameZh, nameEn], index) => ({
      code, nameZh, nameEn, count: code === '341500' ? 7 : code === '340600' ? 0 : index + 1,
    })),
    newArrivals: [guapian()],
    timeHonoured: [maofeng()],
    campaigns: [],
    ...overrides,
  }
}

export function luanPage(overrides: Partial<PrefecturePage> = {}): PrefecturePage {
  return {
    prefecture: { code: '341500', nameZh: '六安市', nameEn: 'Lu\u2019an', count: 7 },
    counties: [
      { code: '341502', nameZh: '金安区', nameEn: 'Jin\u2019an District', count: 2 },
      { code: '341525', nameZh: '霍山县', nameEn: 'Huoshan County', count: 0 },
    ],
    specialties: [
      { nameZh: '六安瓜片', nameEn: 'Lu\u2019an Guapian green tea', category: 'tea', geographicalIndication: true },
      { nameZh: '霍邱柳编', nameEn: null, category: 'crafts', geographicalIndication: false },
    ],
    categories: [{ key: 'TEA', count: 5 }, { key: 'CRAFTS', count: 2 }],
    products: [guapian()],
    ...overrides,
  }
}

export function xieyuda(overrides: Partial<ProducerSummary> = {}): ProducerSummary {
  return {
    id: 'prod-1',
    nameZh: '谢裕大茶叶',
    nameEn: 'Xieyuda Tea',
    type: 'TIME_HONOURED_BRAND',
    prefectureCode: '341000',
    countyCode: '341004',
    logoFileId: 'logo-1',
    brands: ['谢裕大', 'Xieyuda'],
    storyZh: '始创于光绪元年',
    storyEn: 'Founded in 1875',
    ...overrides,
  }
}

export function publishedMaofeng(overrides: Partial<PublishedProduct> = {}): PublishedProduct {
  return {
    id: 'p-maofeng',
    producerId: 'prod-1',
    region: '341004',
    images: ['img-1', 'img-2'],
    revision: 1,
    certificates: [
      { type: 'GREEN_FOOD', number: 'LB-1', issuer: '中国绿色食品发展中心', validToday: true },
      { type: 'TIME_HONOURED_BRAND', number: 'TH-1', issuer: '商务部', validToday: true },
    ],
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
    ...overrides,
  }
}

export const huangshanRegions: Region[] = [
  { code: '341000', level: 'PREFECTURE', parentCode: '340000', nameZh: '黄山市', nameEn: 'Huangshan' },
  { code: '341004', level: 'COUNTY', parentCode: '341000', nameZh: '徽州区', nameEn: 'Huizhou District' },
]

/**
 * The moment campaign specs freeze the clock at: 2026-03-17 14:00 in Anhui. The spring-tea campaign then has
 * 3 days 4 hours to run; the Huangshan group promotion starts on 20 March at 10:00.
 */
export const CAMPAIGN_NOW = Date.parse('2026-03-17T06:00:00Z')

/**
 * A live seasonal campaign on the home strip. The pavilion sends instants; the strip also reads the wall-clock times
 * of campaign records, which these fixtures use, so both forms are covered.
 */
export function springTea(overrides: Partial<HomeCampaign> = {}): HomeCampaign {
  return {
    id: 'c-spring-tea',
    nameZh: '明前春茶节',
    nameEn: 'Pre-Qingming spring tea festival',
    type: 'SEASONAL',
    status: 'LIVE',
    startsAt: '2026-03-15T10:00',
    endsAt: '2026-03-20T18:00',
    bannerFileId: 'banner-1',
    productCount: 12,
    ...overrides,
  }
}

export function huangshanGroup(overrides: Partial<HomeCampaign> = {}): HomeCampaign {
  return springTea({
    id: 'c-huangshan',
    nameZh: '黄山茶抱团促销',
    nameEn: null,
    type: 'GROUP_PROMOTION',
    status: 'SCHEDULED',
    startsAt: '2026-03-20T10:00',
    endsAt: '2026-04-05T22:00',
    bannerFileId: null,
    productCount: 3,
    ...overrides,
  })
}

/** The campaign of a search hit; there times are ISO instants. */
export function itemCampaign(overrides: Partial<ItemCampaign> = {}): ItemCampaign {
  return {
    id: 'c-spring-tea',
    nameZh: '明前春茶节',
    nameEn: 'Pre-Qingming spring tea festival',
    type: 'SEASONAL',
    status: 'LIVE',
    startsAt: '2026-03-15T02:00:00Z',
    endsAt: '2026-03-20T10:00:00Z',
    priceFen: 9800,
    ...overrides,
  }
}

/** 毛峰's campaign on its product page: 250g at ¥98 instead of ¥128, at most 2 a buyer, 37 left. */
export function productCampaign(overrides: Partial<ProductCampaign> = {}): ProductCampaign {
  return {
    ...itemCampaign(),
    skus: [{ code: 'MF-250', listPriceFen: 12800, campaignPriceFen: 9800, perBuyerLimit: 2, remaining: 37 }],
    ...overrides,
  }
}

/** The spring-tea campaign's landing page, with 毛峰 at its campaign price as the one product. */
export function springTeaLanding(overrides: Partial<PublicCampaign> = {}): PublicCampaign {
  return {
    id: 'c-spring-tea',
    type: 'SEASONAL',
    status: 'LIVE',
    nameZh: '明前春茶节',
    nameEn: 'Pre-Qingming spring tea festival',
    descriptionZh: '明前新茶，产地直发。\n每人限购两件。',
    descriptionEn: 'New tea picked before Qingming, shipped from the origin.',
    regionalBrand: null,
    startsAt: '2026-03-15T02:00:00Z',
    endsAt: '2026-03-20T10:00:00Z',
    flashSessions: [],
    channels: ['PAVILION', 'TAOBAO', 'JD'],
    spendSaveTiers: [{ thresholdFen: 30000, saveFen: 3000 }],
    bannerFileId: 'banner-1',
    activeSession: null,
    products: searchResult([maofeng({ campaign: itemCampaign() })]),
    ...overrides,
  }
}
