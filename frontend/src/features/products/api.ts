import { apiRequest, apiUpload } from '@/shared/api'
import type { AuditEntry } from '@/shared/ui/auditEntry'

/** The product categories, in the order the editor offers them. */
export const CATEGORIES = [
  'TEA',
  'SILK',
  'HOME_TEXTILES',
  'CULTURAL_GOODS',
  'CRAFTS',
  'FARM_PRODUCE',
  'FOOD',
  'LIQUOR',
  'HERBAL',
  'TOURISM_SERVICE',
] as const
export type Category = (typeof CATEGORIES)[number]

/** Where a product stands, in the order a product goes through them. */
export const PRODUCT_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'DELISTED'] as const
export type ProductStatus = (typeof PRODUCT_STATUSES)[number]

export const CERTIFICATE_TYPES = ['GREEN_FOOD', 'ORGANIC', 'COMPLIANCE', 'TIME_HONOURED_BRAND', 'OTHER'] as const
export type CertificateType = (typeof CERTIFICATE_TYPES)[number]

export interface Sku {
  code: string
  spec: string
  priceFen: number
  stock: number
  barcode: string | null
  weightGrams: number | null
}

export interface GeographicalIndication {
  name: string
  registrationNumber: string
}

export interface Certificate {
  type: CertificateType
  number: string
  issuer: string
  /** YYYY-MM-DD */
  validFrom: string
  validTo: string | null
  scanFileId: string | null
}

export interface Batch {
  traceCode: string
  what: string
  /** GB/T 2260 county code. */
  where: string
  /** YYYY-MM-DD */
  when: string
  who: string
  quantity: string | null
}

export interface Provenance {
  geographicalIndication: GeographicalIndication | null
  certificates: Certificate[]
  batches: Batch[]
}

export type AttributeValue = string | number
/** What a producer states about one product; the same shape creates and edits it. */
export interface ProductContent {
  category: Category
  nameZh: string
  nameEn: string | null
  descriptionZh: string
  descriptionEn: string | null
  attributes: Record<string, AttributeValue>
  skus: Sku[]
  provenance: Provenance
}

export type ProductHistoryEntry = AuditEntry

export interface Product {
  id: string
  producerId: string
  ownerUsername: string
  region: string
  content: ProductContent
  /** A change of a published product waiting for review; the current content stays on sale meanwhile. */
  pendingChange: ProductContent | null
  status: ProductStatus
  revision: number
  rejectionReason: string | null
  images: string[]
  history: ProductHistoryEntry[]
  createdAt: string
  version: number
}

export interface TraceCertificate {
  type: CertificateType
  number: string
  issuer: string
  validToday: boolean
}

export interface TraceResult {
  traceCode: string
  productId: string
  productNameZh: string
  productNameEn: string | null
  batch: Batch
  geographicalIndication: GeographicalIndication | null
  certificates: TraceCertificate[]
}

export const PRODUCT_PROBLEMS = {
  producerNotVerified: '/problems/producer-not-verified',
  skuCodeTaken: '/problems/sku-code-taken',
  illegalTransition: '/problems/illegal-product-transition',
  staleVersion: '/problems/stale-version',
} as const

export type ProductAction = 'submit' | 'publish' | 'delist'

const productPath = (id: string) => `/api/products/${encodeURIComponent(id)}`

export function imageUrl(imageId: string): string {
  return `/api/pavilion/images/${encodeURIComponent(imageId)}`
}

/** Where a certificate scan opens, for the producer and the reviewers covering the product. */
export function certificateScanUrl(productId: string, fileId: string): string {
  return `${productPath(productId)}/certificate-scans/${encodeURIComponent(fileId)}`
}

export const productApi = {
  mine: (signal?: AbortSignal) => apiRequest<Product[]>('/api/products/mine', { signal }),
  one: (id: string) => apiRequest<Product>(productPath(id)),
  create: (producerId: string, content: ProductContent) =>
    apiRequest<Product>('/api/products', { method: 'POST', body: { producerId, content } }),
  update: (id: string, version: number, content: ProductContent) =>
    apiRequest<Product>(productPath(id), { method: 'PUT', query: { version }, body: content }),
  act: (id: string, action: ProductAction) =>
    apiRequest<Product>(`${productPath(id)}/${action}`, { method: 'POST', body: {} }),
  uploadImage: (id: string, file: File) => apiUpload<Product>(`${productPath(id)}/images`, file),
  /** Stores a scan for the product; its id becomes a certificate's `scanFileId` when the product is saved. */
  uploadCertificateScan: (id: string, file: File) =>
    apiUpload<{ fileId: string }>(`${productPath(id)}/certificate-scans`, file),
  orderImages: (id: string, images: string[]) =>
    apiRequest<Product>(`${productPath(id)}/images`, { method: 'PUT', body: { images } }),
  removeImage: (id: string, imageId: string) =>
    apiRequest<Product>(`${productPath(id)}/images/${encodeURIComponent(imageId)}`, { method: 'DELETE' }),
  trace: (code: string) => apiRequest<TraceResult>(`/api/pavilion/trace/${encodeURIComponent(code)}`),
}
