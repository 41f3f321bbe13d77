import { apiRequest } from '@/shared/api'
import type { Category, CertificateType, ProductContent } from '@/features/products/api'
import type { SearchParams } from './searchQuery'

export type RegionLevel = 'PREFECTURE' | 'COUNTY'

/** An administrative region of Anhui (GB/T 2260 code). */
export interface Region {
  code: string
  level: RegionLevel
  parentCode: string | null
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

export const pavilionApi = {
  search: (params: SearchParams, signal?: AbortSignal) =>
    apiRequest<SearchResult>('/api/pavilion/search', { query: params, signal }),
  suggest: (q: string, signal?: AbortSignal) =>
    apiRequest<Suggestion[]>('/api/pavilion/suggest', { query: { q, size: 8 }, signal }),
  product: (id: string, signal?: AbortSignal) =>
    apiRequest<PublishedProduct>(`/api/pavilion/products/${encodeURIComponent(id)}`, { signal }),
  regions: () => apiRequest<Region[]>('/api/regions'),
}
