import { isProblemError } from '@/shared/api'
import { CAMPAIGN_PROBLEMS, NOT_ELIGIBLE_REASONS, type NotEligibleReason } from './api'

/** Why the server refused an enrolment, in the terms the enrol form explains it. */
export type EnrolmentRefusal =
  | { kind: 'overlap'; campaignId: string | null; campaignName: string | null }
  | { kind: 'notEligible'; reasons: NotEligibleReason[] }
  | { kind: 'closed' }
  | { kind: 'fields'; fields: Record<string, string> }
  | { kind: 'other' }

/** Whether a problem's `type` names this problem; the server may write it as a relative or absolute URI. */
export function isProblemType(error: unknown, type: string): boolean {
  return isProblemError(error) && (error.problem.type ?? '').endsWith(type)
}

/** A problem's extension member, such as `conflictingCampaignName`. */
export function extensionOf(error: unknown, member: string): unknown {
  return isProblemError(error) ? (error.problem as unknown as Record<string, unknown>)[member] : undefined
}

const asText = (value: unknown) => (typeof value === 'string' && value ? value : null)

export function refusalOf(error: unknown): EnrolmentRefusal {
  if (isProblemType(error, CAMPAIGN_PROBLEMS.enrolmentOverlap)) {
    return {
      kind: 'overlap',
      campaignId: asText(extensionOf(error, 'conflictingCampaignId')),
      campaignName: asText(extensionOf(error, 'conflictingCampaignName')),
    }
  }
  if (isProblemType(error, CAMPAIGN_PROBLEMS.notEligible)) {
    const reasons = extensionOf(error, 'reasons')
    const known = Array.isArray(reasons) ? reasons.filter((r): r is NotEligibleReason => NOT_ELIGIBLE_REASONS.includes(r)) : []
    return { kind: 'notEligible', reasons: known }
  }
  if (isProblemType(error, CAMPAIGN_PROBLEMS.enrolmentClosed)) return { kind: 'closed' }
  if (isProblemError(error) && error.status === 400 && Object.keys(error.fieldErrors).length > 0) {
    return { kind: 'fields', fields: error.fieldErrors }
  }
  return { kind: 'other' }
}
