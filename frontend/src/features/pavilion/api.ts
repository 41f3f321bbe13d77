import { apiRequest } from '@/shared/api'
import type { Category, CertificateType, ProductContent } from '@/features/products/api'
import type { ProducerType } from '@/features/producer/api'
import type { SearchParams } from './searchQuery'
import type { HomeCampaign, ItemCampaign, ProductCampaign, PublicCampaign } from './campaigns'

export type * from './campaigns'

export type RegionLevel = 'PREFECTURE' | 'COUNTY'

/** An administrative region of Anhui (GB/T 2260 code). */
export interface Region {
  code: string
  level: RegionLevel
  /** A county's prefecture; for a prefecture the province, "340000" (Anhui), which is not itself in the list. */
  parentCode: string
  nameZh: string
  nameEn: string
}

/** HTML-escaped fragments with `<em>` around the matched words; safe for v-html. */
export interface Highlights {
  nameZh?: string[]
  nameEn?: string[]
  descriptionZh?: string[]
}

/** A product as a search result shows it. */
export interface SearchItem {
  id: string
  nameZh: string
  nameEn: string | null
  category: Category
  prefectureCode: string
  prefectureNameZh: string | null
  prefectureNameEn: string | null
  countyCode: string | null
  countyNameZh: string | null
  countyNameEn: string | null
  producerId: string
  producerNameZh: string
  producerNameEn: string | null
  minPriceFen: number
  maxPriceFen: number
  inStock: boolean
  geographicalIndication: boolean
  certificateTypes: CertificateType[]
  timeHonoured: boolean
  coverImageId: string | null
  highlights: Highlights
  /** The live or scheduled campaign the product takes part in; absent from servers without campaigns. */
  campaign?: ItemCampaign | null
}

/** One facet value and how many results it would give with the other filters applied. */
export interface Bucket {
  key: string
  count: number
}

export interface Facets {
  category: Bucket[]
  prefecture: Bucket[]
  county: Bucket[]
  certificate: Bucket[]
  /** key "from-to" in fen; either side may be empty. */
  price: Bucket[]
  geographicalIndication: number
  inStock: number
}

export interface SearchResult {
  total: number
  items: SearchItem[]
  facets: Facets
  nextCursor: string | null
  didYouMean: string | null
}

export interface Suggestion {
  id: string
  text: string
  nameZh: string
  nameEn: string | null
  category: Category
}

export interface CertificateStatus {
  type: CertificateType
  number: string
  issuer: string
  validToday: boolean
}

/** A published product as everyone may see it. */
export interface PublishedProduct {
  id: string
  producerId: string
  region: string
  content: ProductContent
  images: string[]
  certificates: CertificateStatus[]
  revision: number
}

/** A region with how many published products it has. */
export interface RegionCount {
  code: string
  nameZh: string
  nameEn: string
  count: number
}

/** The pavilion's front page; campaigns are the live ones first, then the scheduled ones. */
export interface PavilionHome {
  categories: Bucket[]
  prefectures: RegionCount[]
  newArrivals: SearchItem[]
  timeHonoured: SearchItem[]
  campaigns: HomeCampaign[]
}

/** A specialty the sources name for a prefecture; `category` is a lower-case key of `categories.*`. */
export interface SpecialtyEntry {
  nameZh: string
  nameEn: string | null
  category: string
  geographicalIndication: boolean
}

export interface PrefecturePage {
  prefecture: RegionCount
  counties: RegionCount[]
  specialties: SpecialtyEntry[]
  categories: Bucket[]
  products: SearchItem[]
}

/** What a consumer sees of a verified producer. */
export interface ProducerSummary {
  id: string
  nameZh: string
  nameEn: string | null
  type: ProducerType
  prefectureCode: string
  countyCode: string | null
  logoFileId: string | null
  brands: string[]
  storyZh: string | null
  storyEn: string | null
}

export interface ProductPage {
  product: PublishedProduct
  producer: ProducerSummary | null
  prefecture: Region | null
  county: Region | null
  campaign?: ProductCampaign | null
}

export interface ProducerPage {
  producer: ProducerSummary
  products: PublishedProduct[]
}

const path = (template: string, id: string) => template.replace('{}', encodeURIComponent(id))

export const pavilionApi = {
  search: (params: SearchParams, signal?: AbortSignal) =>
    apiRequest<SearchResult>('/api/pavilion/search', { query: params, signal }),
  suggest: (q: string, signal?: AbortSignal) =>
    apiRequest<Suggestion[]>('/api/pavilion/suggest', { query: { q, size: 8 }, signal }),
  product: (id: string, signal?: AbortSignal) =>
    apiRequest<PublishedProduct>(`/api/pavilion/products/${encodeURIComponent(id)}`, { signal }),
  regions: () => apiRequest<Region[]>('/api/regions'),
  home: (signal?: AbortSignal) => apiRequest<PavilionHome>('/api/pavilion/home', { signal }),
  prefecture: (code: string, signal?: AbortSignal) =>
    apiRequest<PrefecturePage>(path('/api/pavilion/prefectures/{}', code), { signal }),
  productPage: (id: string, signal?: AbortSignal, fresh = false) =>
    apiRequest<ProductPage>(path('/api/pavilion/products/{}/page', id), { query: past(fresh), signal }),
  producer: (id: string, signal?: AbortSignal) =>
    apiRequest<ProducerPage>(path('/api/pavilion/producers/{}', id), { signal }),
  campaign: (id: string, page: { cursor?: string; size?: number } = {}, signal?: AbortSignal, fresh = false) =>
    apiRequest<PublicCampaign>(path('/api/pavilion/campaigns/{}', id), { query: { ...page, ...past(fresh) }, signal }),
}

/**
 * A query that gets past the browser's cache: storefront answers may be kept for half a minute, too long when a
 * campaign has just started or ended and the page asks again for the new prices.
 */
function past(fresh: boolean): { at?: number } {
  return fresh ? { at: Date.now() } : {}
}
