import { apiRequest } from '@/shared/api'
import type { Producer, Verification } from '@/features/producer/api'
import type { Product } from '@/features/products/api'

/** Problem types of the review endpoints. */
export const REVIEW_PROBLEMS = {
  illegalVerificationStep: '/problems/illegal-verification-step',
} as const

export const REJECTION_REASON_MAX_LENGTH = 500

const reviewPath = (id: string, action: 'verify' | 'reject') =>
  `/api/reviews/producers/${encodeURIComponent(id)}/${action}`

export const reviewsApi = {
  /** Producers in `status` inside the caller's region, oldest first. */
  queue: (status: Verification, signal?: AbortSignal) =>
    apiRequest<Producer[]>('/api/reviews/producers', { query: { status }, signal }),
  verify: (id: string) => apiRequest<Producer>(reviewPath(id, 'verify'), { method: 'POST' }),
  reject: (id: string, reason: string) => apiRequest<Producer>(reviewPath(id, 'reject'), { method: 'POST', body: { reason } }),
}

const productReviewPath = (id: string, action: 'approve' | 'reject') =>
  `/api/reviews/products/${encodeURIComponent(id)}/${action}`

export const productReviewsApi = {
  /** First submissions and proposed changes of products inside the caller's region. */
  queue: (signal?: AbortSignal) => apiRequest<Product[]>('/api/reviews/products', { signal }),
  approve: (id: string) => apiRequest<Product>(productReviewPath(id, 'approve'), { method: 'POST', body: {} }),
  reject: (id: string, reason: string) =>
    apiRequest<Product>(productReviewPath(id, 'reject'), { method: 'POST', body: { reason } }),
}
