import { apiRequest, apiUpload } from '@/shared/api'
import type { AuditEntry } from '@/shared/ui/auditEntry'

/** The legal forms of a producer, in the order the form offers them. */
export const PRODUCER_TYPES = ['ENTERPRISE', 'COOPERATIVE', 'FAMILY_FARM', 'TIME_HONOURED_BRAND', 'CRAFTSPERSON'] as const
export type ProducerType = (typeof PRODUCER_TYPES)[number]

/** Where a producer stands with its reviewer, in the order a producer goes through them. */
export const VERIFICATIONS = ['AWAITING_LICENCE', 'SUBMITTED', 'VERIFIED', 'REJECTED'] as const
export type Verification = (typeof VERIFICATIONS)[number]

/** Someone to call about the producer. */
export interface Contact {
  name: string
  phone: string
  email: string | null
}

/** What a producer states about itself; the same shape registers and edits a producer. */
export interface ProducerProfile {
  type: ProducerType
  legalNameZh: string
  legalNameEn: string | null
  /** 统一社会信用代码, GB 32100. */
  creditCode: string
  /** GB/T 2260 code of an Anhui prefecture, e.g. 341000. */
  prefectureCode: string
  /** GB/T 2260 code of a county of that prefecture, e.g. 341024. */
  countyCode: string | null
  address: string
  contacts: Contact[]
  brands: string[]
  storyZh: string | null
  storyEn: string | null
}

/** A producer with its verification, as the producer account and its reviewers see it. */
export interface Producer {
  id: string
  ownerUsername: string
  profile: ProducerProfile
  creditCode: string
  verification: Verification
  licenceFileId: string | null
  /** The public logo picture, served at {@link logoUrl}; changing it keeps the verification. */
  logoFileId: string | null
  /** Why the reviewer rejected it; set only while REJECTED. */
  rejectionReason: string | null
  reviewedBy: string | null
  /** ISO-8601 instant. */
  reviewedAt: string | null
  /** ISO-8601 instant. */
  registeredAt: string
  /** The profile as a reviewer last verified it; null until the first verification. */
  verifiedProfile: ProducerProfile | null
  /** Every step so far, oldest first. */
  history: AuditEntry[]
  /** Optimistic-locking version: an edit sends the one it loaded. */
  version: number
}

/** Problem types of the producer endpoints besides field validation. */
export const PRODUCER_PROBLEMS = {
  creditCodeTaken: '/problems/credit-code-taken',
  staleVersion: '/problems/stale-version',
  unacceptableFile: '/problems/unacceptable-file',
} as const

/** Where the licence scan of a producer can be opened (by its owner and the reviewers covering it). */
export function licenceUrl(producerId: string): string {
  return `/api/producers/${encodeURIComponent(producerId)}/licence`
}

/** Where a producer's logo is public, with the product pictures. */
export function logoUrl(logoFileId: string): string {
  return `/api/pavilion/images/${encodeURIComponent(logoFileId)}`
}

const producerPath = (id: string) => `/api/producers/${encodeURIComponent(id)}`

export const producerApi = {
  mine: (signal?: AbortSignal) => apiRequest<Producer[]>('/api/producers/mine', { signal }),
  one: (id: string) => apiRequest<Producer>(producerPath(id)),
  register: (profile: ProducerProfile) => apiRequest<Producer>('/api/producers', { method: 'POST', body: profile }),
  update: (id: string, version: number, profile: ProducerProfile) =>
    apiRequest<Producer>(producerPath(id), { method: 'PUT', query: { version }, body: profile }),
  uploadLicence: (id: string, file: File) => apiUpload<Producer>(licenceUrl(id), file, { method: 'PUT' }),
  uploadLogo: (id: string, file: File) => apiUpload<Producer>(`${producerPath(id)}/logo`, file, { method: 'PUT' }),
}
