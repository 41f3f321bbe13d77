import { apiRequest } from '@/shared/api'

export type RegionLevel = 'PREFECTURE' | 'COUNTY'

/** An administrative region of Anhui (GB/T 2260 code). */
export interface Region {
  code: string
  level: RegionLevel
  parentCode: string | null
  nameZh: string
  nameEn: string
}

export interface ProductSummary {
  id: string
  nameZh: string
  nameEn: string
  category: string
  prefectureCode: string
  prefectureNameZh: string
  prefectureNameEn: string
  geographicalIndication: boolean
}

export interface ProductSearchPage {
  total: number
  items: ProductSummary[]
}

export const pavilionApi = {
  searchProducts: (q: string, page: number, size: number, signal?: AbortSignal) =>
    apiRequest<ProductSearchPage>('/api/pavilion/search', { query: { q, page, size }, signal }),
  regions: () => apiRequest<Region[]>('/api/regions'),
}
