import { CAMPAIGN_ACTIONS, type CampaignAction, type CampaignStatus, type EnrolmentStatus } from './api'

export type Tone = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** How a lifecycle button looks and what it asks before it acts. */
export interface ActionButton {
  action: CampaignAction
  tone: Tone | 'default'
  /** Cancelling asks why; the reason goes into the audit history. */
  needsReason: boolean
  /** Editing opens the wizard instead of posting to the server. */
  navigates: boolean
}

const BUTTONS: Record<CampaignAction, Omit<ActionButton, 'action'>> = {
  edit: { tone: 'default', needsReason: false, navigates: true },
  open: { tone: 'primary', needsReason: false, navigates: false },
  close: { tone: 'warning', needsReason: false, navigates: false },
  reopen: { tone: 'default', needsReason: false, navigates: false },
  schedule: { tone: 'success', needsReason: false, navigates: false },
  cancel: { tone: 'danger', needsReason: true, navigates: false },
}

/**
 * The buttons for the actions the server allows now, in the lifecycle's order; an action this page does not know
 * is left out rather than guessed at.
 */
export function actionButtons(allowed: readonly string[]): ActionButton[] {
  return CAMPAIGN_ACTIONS.filter((action) => allowed.includes(action)).map((action) => ({ action, ...BUTTONS[action] }))
}

const STATUS_TONES: Record<CampaignStatus, Tone> = {
  DRAFT: 'info',
  OPEN: 'primary',
  CLOSED: 'warning',
  SCHEDULED: 'warning',
  LIVE: 'success',
  ENDED: 'info',
  CANCELLED: 'danger',
}

export function statusTone(status: CampaignStatus): Tone {
  return STATUS_TONES[status] ?? 'info'
}

const ENROLMENT_TONES: Record<EnrolmentStatus, Tone> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'info',
}

export function enrolmentTone(status: EnrolmentStatus): Tone {
  return ENROLMENT_TONES[status] ?? 'info'
}

/** A producer may withdraw a pending or approved enrolment while the campaign still takes enrolments or is closed. */
export function canWithdraw(enrolment: { status: EnrolmentStatus; campaign: { status: CampaignStatus } }): boolean {
  return (
    (enrolment.status === 'PENDING' || enrolment.status === 'APPROVED') &&
    (enrolment.campaign.status === 'OPEN' || enrolment.campaign.status === 'CLOSED')
  )
}
