import { apiRequest, apiUpload } from '@/shared/api'
import type { Category, CertificateType } from '@/features/products/api'
import type { ProducerType } from '@/features/producer/api'

/** The kinds of campaign, in the order the wizard offers them (docs/campaigns.md). */
export const CAMPAIGN_TYPES = ['SEASONAL', 'CULTURAL', 'TIME_HONOURED', 'GROUP_PROMOTION', 'FLASH_SALE'] as const
export type CampaignType = (typeof CAMPAIGN_TYPES)[number]

/** The lifecycle, in the order a campaign goes through it. */
export const CAMPAIGN_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

/** The pavilion is always a channel; the platforms are chosen. */
export const CHANNELS = ['PAVILION', 'TAOBAO', 'JD', 'PINDUODUO', 'SUNING'] as const
export type Channel = (typeof CHANNELS)[number]

/** What the caller may do to a campaign now; starting and ending belong to the scheduler. */
export const CAMPAIGN_ACTIONS = ['edit', 'open', 'close', 'reopen', 'schedule', 'cancel'] as const
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number]

export const ENROLMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number]
export type Reservation = 'NONE' | 'ACTIVE' | 'RELEASED'

export const NOT_ELIGIBLE_REASONS = [
  'CATEGORY',
  'REGION',
  'PRODUCER_TYPE',
  'GEOGRAPHICAL_INDICATION',
  'CERTIFICATE',
  'NOT_PUBLISHED',
] as const
export type NotEligibleReason = (typeof NOT_ELIGIBLE_REASONS)[number]

/** A daily flash-sale session: `start` is `HH:mm` Asia/Shanghai. */
export interface FlashSession {
  start: string
  minutes: number
}

export interface Eligibility {
  categories: Category[]
  /** Prefecture or county codes; empty means the whole province. */
  regions: string[]
  producerTypes: ProducerType[]
  geographicalIndicationRequired: boolean
  certificateTypes: CertificateType[]
}

export interface SpendSaveTier {
  thresholdFen: number
  saveFen: number
}

/** What an organizer writes; the same shape creates and edits a draft. Times are `yyyy-MM-ddTHH:mm` Asia/Shanghai. */
export interface CampaignContent {
  type: CampaignType
  nameZh: string
  nameEn: string | null
  descriptionZh: string
  descriptionEn: string | null
  regionalBrand: string | null
  startsAt: string
  endsAt: string
  flashSessions: FlashSession[]
  channels: Channel[]
  eligibility: Eligibility
  spendSaveTiers: SpendSaveTier[]
  budgetFen: number | null
  gmvTargetFen: number | null
}

/**
 * One step of a campaign's or enrolment's history. The contract writes `changes` and `reason`; the backend's
 * shared audit entry writes `changedFields` and `note`; either is read.
 */
export interface CampaignHistoryEntry {
  at: string
  actor: string
  action: string
  changes?: string[] | Record<string, unknown> | null
  reason?: string | null
  changedFields?: string[]
  note?: string | null
}

export interface Campaign extends CampaignContent {
  id: string
  version: number
  status: CampaignStatus
  organizer: string
  bannerFileId: string | null
  enrolmentCounts: Partial<Record<EnrolmentStatus, number>>
  allowedActions: CampaignAction[]
  history: CampaignHistoryEntry[]
  activeSession: string | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface CalendarCampaign {
  id: string
  nameZh: string
  nameEn: string | null
  type: CampaignType
  status: CampaignStatus
  startsAt: string
  endsAt: string
  channels: Channel[]
}

export interface HarvestWindow {
  kind: 'PRE_QINGMING' | 'PRE_GUYU'
  /** `yyyy-MM-dd`, both days inside the window. */
  from: string
  to: string
}

export interface CalendarConflict {
  campaignIds: [string, string]
  channels: Channel[]
  reason: 'SHARED_SKU' | 'OVERLAPPING_ELIGIBILITY'
}

export interface Calendar {
  campaigns: CalendarCampaign[]
  harvestWindows: HarvestWindow[]
  conflicts: CalendarConflict[]
}

/**
 * A SKU a producer may enrol (the contract leaves `eligibleProducts` open; this is the backend's `SkuChoice`):
 * its current price, whole stock, the stock still free for a quota, and this producer's enrolment of it, if any.
 */
export interface EligibleSku {
  code: string
  spec: string
  priceFen: number
  stock: number
  available: number
  enrolmentId: string | null
  enrolmentStatus: EnrolmentStatus | null
}

export interface EligibleProduct {
  id: string
  nameZh: string
  nameEn: string | null
  skus: EligibleSku[]
}

export interface OpenCampaign {
  campaign: Campaign
  eligibleProducts: EligibleProduct[]
}

export interface EnrolmentRequest {
  campaignId: string
  productId: string
  skuCode: string
  campaignPriceFen: number
  quota: number
  perBuyerLimit: number
}

/**
 * An enrolment as answered. Fields marked optional are in the contract but not (yet) in every answer of the
 * backend, which names the SKU in `sku.code` and the product in `product.id`; the pages read either.
 */
export interface Enrolment extends Partial<Pick<EnrolmentRequest, 'campaignId' | 'productId' | 'skuCode'>> {
  campaignPriceFen: number
  quota: number
  perBuyerLimit: number
  id: string
  version: number
  status: EnrolmentStatus
  reason: string | null
  reservation: Reservation
  sold: number
  campaign: Pick<Campaign, 'id' | 'nameZh' | 'nameEn' | 'status' | 'startsAt' | 'endsAt'>
  product: { id?: string; nameZh: string; nameEn: string | null; producerId: string; producerNameZh?: string; region: string }
  sku: { code?: string; spec: string; listPriceFen: number; stock?: number }
  history: CampaignHistoryEntry[]
}

export const CAMPAIGN_PROBLEMS = {
  illegalTransition: '/problems/illegal-campaign-transition',
  staleVersion: '/problems/stale-version',
  notEligible: '/problems/not-eligible',
  enrolmentClosed: '/problems/enrolment-closed',
  enrolmentOverlap: '/problems/enrolment-overlap',
  quotaExceedsStock: '/problems/quota-exceeds-stock',
} as const

export const REASON_MAX_LENGTH = 500

export interface CampaignQuery {
  status?: CampaignStatus
  type?: CampaignType
  channel?: Channel
  page: number
  size: number
}

export interface EnrolmentQuery {
  producerId?: string
  campaignId?: string
  status?: EnrolmentStatus
  page?: number
  size?: number
}

const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`
const enrolmentPath = (id: string) => `/api/enrolments/${encodeURIComponent(id)}`

export function bannerUrl(fileId: string): string {
  return `/api/pavilion/images/${encodeURIComponent(fileId)}`
}

export const campaignApi = {
  list: (query: CampaignQuery, signal?: AbortSignal) =>
    apiRequest<Page<Campaign>>('/api/campaigns', { query: { ...query }, signal }),
  one: (id: string, signal?: AbortSignal) => apiRequest<Campaign>(campaignPath(id), { signal }),
  create: (content: CampaignContent) => apiRequest<Campaign>('/api/campaigns', { method: 'POST', body: content }),
  update: (id: string, version: number, content: CampaignContent) =>
    apiRequest<Campaign>(campaignPath(id), { method: 'PUT', query: { version }, body: content }),
  act: (id: string, action: Exclude<CampaignAction, 'edit' | 'cancel'>) =>
    apiRequest<Campaign>(`${campaignPath(id)}/${action}`, { method: 'POST', body: {} }),
  cancel: (id: string, reason: string) =>
    apiRequest<Campaign>(`${campaignPath(id)}/cancel`, { method: 'POST', body: { reason } }),
  uploadBanner: (id: string, file: File) => apiUpload<Campaign>(`${campaignPath(id)}/banner`, file, { method: 'PUT' }),
  calendar: (from: string, to: string, channel: Channel | undefined, signal?: AbortSignal) =>
    apiRequest<Calendar>('/api/campaigns/calendar', { query: { from, to, channel }, signal }),
  open: (producerId: string, signal?: AbortSignal) =>
    apiRequest<OpenCampaign[]>('/api/campaigns/open', { query: { producerId }, signal }),
}

export const enrolmentApi = {
  list: (query: EnrolmentQuery, signal?: AbortSignal) =>
    apiRequest<Page<Enrolment>>('/api/enrolments', { query: { ...query }, signal }),
  enrol: (request: EnrolmentRequest) => apiRequest<Enrolment>('/api/enrolments', { method: 'POST', body: request }),
  approve: (id: string) => apiRequest<Enrolment>(`${enrolmentPath(id)}/approve`, { method: 'POST', body: {} }),
  reject: (id: string, reason: string) =>
    apiRequest<Enrolment>(`${enrolmentPath(id)}/reject`, { method: 'POST', body: { reason } }),
  withdraw: (id: string) => apiRequest<Enrolment>(`${enrolmentPath(id)}/withdraw`, { method: 'POST', body: {} }),
}
