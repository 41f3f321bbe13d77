import { yuanToFen } from '@/features/products/money'
import type { EligibleSku, EnrolmentRequest } from './api'
import type { Complaint } from './campaignDraft'

/** What a producer types to enrol one SKU: the campaign price in yuan, the quota and the per-buyer limit. */
export interface EnrolmentDraft {
  priceYuan: string
  quota: number | null
  perBuyerLimit: number | null
}

export const emptyEnrolment = (): EnrolmentDraft => ({ priceYuan: '', quota: null, perBuyerLimit: 1 })

const wholeAtLeastOne = (value: number | null) => value !== null && Number.isInteger(value) && value >= 1

/**
 * The contract's rules for one SKU, keyed by the request's field names: a price above nothing and below the list
 * price, a quota within the stock left after other campaigns' reservations, a limit within the quota.
 */
export function checkEnrolment(draft: EnrolmentDraft, sku: EligibleSku): Record<string, Complaint> {
  const found: Record<string, Complaint> = {}
  const price = yuanToFen(draft.priceYuan)
  if (draft.priceYuan.trim() === '') found.campaignPriceFen = { key: 'required' }
  else if (price === null) found.campaignPriceFen = { key: 'money' }
  else if (price <= 0) found.campaignPriceFen = { key: 'positive' }
  else if (price >= sku.priceFen) found.campaignPriceFen = { key: 'priceBelowList' }

  if (!wholeAtLeastOne(draft.quota)) found.quota = { key: 'atLeast', params: { min: 1 } }
  else if (draft.quota! > sku.available) found.quota = { key: 'quotaAboveStock', params: { stock: sku.available } }

  if (!wholeAtLeastOne(draft.perBuyerLimit)) found.perBuyerLimit = { key: 'atLeast', params: { min: 1 } }
  else if (wholeAtLeastOne(draft.quota) && draft.perBuyerLimit! > draft.quota!) found.perBuyerLimit = { key: 'limitAboveQuota' }
  return found
}

/** The request to send; call after {@link checkEnrolment} found nothing. */
export function enrolmentRequestOf(
  draft: EnrolmentDraft,
  target: { campaignId: string; productId: string; skuCode: string },
): EnrolmentRequest {
  return {
    ...target,
    campaignPriceFen: yuanToFen(draft.priceYuan) ?? 0,
    quota: draft.quota ?? 0,
    perBuyerLimit: draft.perBuyerLimit ?? 0,
  }
}

/** The saving off the list price, in whole percent, for the producer to see what the price means. */
export function discountPercent(campaignPriceFen: number, listPriceFen: number): number | null {
  if (listPriceFen <= 0 || campaignPriceFen <= 0 || campaignPriceFen >= listPriceFen) return null
  return Math.round((1 - campaignPriceFen / listPriceFen) * 100)
}
