import type { Category, CertificateType } from '@/features/products/api'
import type { ProducerType } from '@/features/producer/api'
import { fenToYuan, yuanToFen } from '@/features/products/money'
import type { Campaign, CampaignContent, CampaignType, Channel } from './api'
import { minutesBetween } from './shanghaiTime'

/** The contract's limits (docs/campaigns.md). */
export const LIMITS = { name: 60, description: 2000, regionalBrand: 40, days: 92, sessions: 6 } as const
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
const MARKUP = /<\s*[a-z/!]/i

export interface FlashSessionDraft {
  start: string
  minutes: number | null
}

export interface TierDraft {
  thresholdYuan: string
  saveYuan: string
}

/** A campaign as the wizard edits it: money in yuan as typed, the pavilion left out of the chosen platforms. */
export interface CampaignDraft {
  type: CampaignType | ''
  nameZh: string
  nameEn: string
  descriptionZh: string
  descriptionEn: string
  regionalBrand: string
  startsAt: string
  endsAt: string
  flashSessions: FlashSessionDraft[]
  platforms: Exclude<Channel, 'PAVILION'>[]
  categories: Category[]
  regions: string[]
  producerTypes: ProducerType[]
  geographicalIndicationRequired: boolean
  certificateTypes: CertificateType[]
  tiers: TierDraft[]
  budgetYuan: string
  gmvTargetYuan: string
}

/** What is wrong with a field: an i18n key under `campaigns.validation` and its parameters. */
export interface Complaint {
  key: string
  params?: Record<string, string | number>
}

export const emptySession = (): FlashSessionDraft => ({ start: '', minutes: 60 })
export const emptyTier = (): TierDraft => ({ thresholdYuan: '', saveYuan: '' })

export function emptyDraft(): CampaignDraft {
  return {
    type: '',
    nameZh: '',
    nameEn: '',
    descriptionZh: '',
    descriptionEn: '',
    regionalBrand: '',
    startsAt: '',
    endsAt: '',
    flashSessions: [],
    platforms: [],
    categories: [],
    regions: [],
    producerTypes: [],
    geographicalIndicationRequired: false,
    certificateTypes: [],
    tiers: [],
    budgetYuan: '',
    gmvTargetYuan: '',
  }
}

const yuanOf = (fen: number | null) => (fen === null ? '' : fenToYuan(fen))

export function draftOf(campaign: Campaign): CampaignDraft {
  return {
    type: campaign.type,
    nameZh: campaign.nameZh,
    nameEn: campaign.nameEn ?? '',
    descriptionZh: campaign.descriptionZh,
    descriptionEn: campaign.descriptionEn ?? '',
    regionalBrand: campaign.regionalBrand ?? '',
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    flashSessions: campaign.flashSessions.map((session) => ({ ...session })),
    platforms: campaign.channels.filter((channel) => channel !== 'PAVILION'),
    categories: [...campaign.eligibility.categories],
    regions: [...campaign.eligibility.regions],
    producerTypes: [...campaign.eligibility.producerTypes],
    geographicalIndicationRequired: campaign.eligibility.geographicalIndicationRequired,
    certificateTypes: [...campaign.eligibility.certificateTypes],
    tiers: campaign.spendSaveTiers.map((tier) => ({ thresholdYuan: fenToYuan(tier.thresholdFen), saveYuan: fenToYuan(tier.saveFen) })),
    budgetYuan: yuanOf(campaign.budgetFen),
    gmvTargetYuan: yuanOf(campaign.gmvTargetFen),
  }
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())
const fenOrNull = (yuan: string): number | null => (yuan.trim() === '' ? null : yuanToFen(yuan))

/** The body to send; call after {@link checkDraft} found nothing. Sessions and the brand go only with their type. */
export function contentOf(draft: CampaignDraft): CampaignContent {
  const type = draft.type as CampaignType
  return {
    type,
    nameZh: draft.nameZh.trim(),
    nameEn: orNull(draft.nameEn),
    descriptionZh: draft.descriptionZh.trim(),
    descriptionEn: orNull(draft.descriptionEn),
    regionalBrand: type === 'GROUP_PROMOTION' ? draft.regionalBrand.trim() : null,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    flashSessions:
      type === 'FLASH_SALE'
        ? [...draft.flashSessions]
            .sort((a, b) => a.start.localeCompare(b.start))
            .map((session) => ({ start: session.start, minutes: session.minutes ?? 0 }))
        : [],
    channels: ['PAVILION', ...draft.platforms],
    eligibility: {
      categories: [...draft.categories],
      regions: [...draft.regions],
      producerTypes: [...draft.producerTypes],
      geographicalIndicationRequired: draft.geographicalIndicationRequired,
      certificateTypes: [...draft.certificateTypes],
    },
    spendSaveTiers: draft.tiers.map((tier) => ({
      thresholdFen: yuanToFen(tier.thresholdYuan) ?? 0,
      saveFen: yuanToFen(tier.saveYuan) ?? 0,
    })),
    budgetFen: fenOrNull(draft.budgetYuan),
    gmvTargetFen: fenOrNull(draft.gmvTargetYuan),
  }
}

/** The wizard's steps, and the fields (by the server's names) each one edits. */
export const WIZARD_STEPS = ['basics', 'schedule', 'eligibility', 'rules', 'review'] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

const STEP_OF_FIELD: [RegExp, WizardStep][] = [
  [/^(type|nameZh|nameEn|descriptionZh|descriptionEn|regionalBrand)$/, 'basics'],
  [/^(startsAt|endsAt|channels|flashSessions)(\[|\.|$)/, 'schedule'],
  [/^eligibility(\.|$)/, 'eligibility'],
  [/^(spendSaveTiers|budgetFen|gmvTargetFen)(\[|\.|$)/, 'rules'],
]

/** The step that shows a field; a field no step shows is reported on the review step. */
export function stepOfField(field: string): WizardStep {
  return STEP_OF_FIELD.find(([pattern]) => pattern.test(field))?.[1] ?? 'review'
}

/** The first step with a complaint, or null. */
export function firstStepWith(complaints: Record<string, unknown>): WizardStep | null {
  const steps = Object.keys(complaints).map(stepOfField)
  return WIZARD_STEPS.find((step) => steps.includes(step)) ?? null
}

function text(value: string, limit: number, required: boolean): Complaint | null {
  const trimmed = value.trim()
  if (!trimmed) return required ? { key: 'required' } : null
  if (trimmed.length > limit) return { key: 'tooLong', params: { max: limit } }
  return MARKUP.test(trimmed) ? { key: 'plainText' } : null
}

function money(yuan: string, required: boolean): Complaint | null {
  if (yuan.trim() === '') return required ? { key: 'required' } : null
  return yuanToFen(yuan) === null ? { key: 'money' } : null
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

function checkSessions(sessions: FlashSessionDraft[], complain: (field: string, c: Complaint | null) => void): void {
  if (sessions.length < 1 || sessions.length > LIMITS.sessions) {
    complain('flashSessions', { key: 'sessionCount', params: { max: LIMITS.sessions } })
  }
  sessions.forEach((session, i) => {
    const at = `flashSessions[${i}]`
    if (!TIME.test(session.start)) return complain(`${at}.start`, { key: 'time' })
    if (session.minutes === null || !Number.isInteger(session.minutes) || session.minutes < 1)
      return complain(`${at}.minutes`, { key: 'atLeast', params: { min: 1 } })
    if (minutesOf(session.start) + session.minutes > 24 * 60) complain(`${at}.minutes`, { key: 'sessionPastMidnight' })
  })
  const valid = sessions
    .map((session, index) => ({ index, from: minutesOf(session.start), minutes: session.minutes ?? 0 }))
    .filter(({ index }) => TIME.test(sessions[index]!.start))
    .sort((a, b) => a.from - b.from)
  valid.forEach((session, i) => {
    const previous = valid[i - 1]
    if (previous && previous.from + previous.minutes > session.from)
      complain(`flashSessions[${session.index}].start`, { key: 'sessionsOverlap' })
  })
}

/** Complaints about the whole draft, keyed by the server's field names so its answers land in the same places. */
export function checkDraft(draft: CampaignDraft): Record<string, Complaint> {
  const found: Record<string, Complaint> = {}
  const complain = (field: string, complaint: Complaint | null) => {
    if (complaint) found[field] ??= complaint
  }
  complain('type', draft.type ? null : { key: 'required' })
  complain('nameZh', text(draft.nameZh, LIMITS.name, true))
  complain('nameEn', text(draft.nameEn, LIMITS.name, false))
  complain('descriptionZh', text(draft.descriptionZh, LIMITS.description, true))
  complain('descriptionEn', text(draft.descriptionEn, LIMITS.description, false))
  if (draft.type === 'GROUP_PROMOTION') complain('regionalBrand', text(draft.regionalBrand, LIMITS.regionalBrand, true))

  const length = minutesBetween(draft.startsAt, draft.endsAt)
  complain('startsAt', minutesBetween(draft.startsAt, draft.startsAt) === null ? { key: 'dateTime' } : null)
  complain('endsAt', minutesBetween(draft.endsAt, draft.endsAt) === null ? { key: 'dateTime' } : null)
  if (length !== null && length <= 0) complain('endsAt', { key: 'endAfterStart' })
  if (length !== null && length > LIMITS.days * 24 * 60) complain('endsAt', { key: 'tooLongCampaign', params: { max: LIMITS.days } })
  if (draft.type === 'FLASH_SALE') checkSessions(draft.flashSessions, complain)

  draft.tiers.forEach((tier, i) => {
    const at = `spendSaveTiers[${i}]`
    complain(`${at}.thresholdFen`, money(tier.thresholdYuan, true) ?? (yuanToFen(tier.thresholdYuan) === 0 ? { key: 'positive' } : null))
    complain(`${at}.saveFen`, money(tier.saveYuan, true) ?? (yuanToFen(tier.saveYuan) === 0 ? { key: 'positive' } : null))
    const threshold = yuanToFen(tier.thresholdYuan)
    const save = yuanToFen(tier.saveYuan)
    if (threshold !== null && save !== null && save >= threshold) complain(`${at}.saveFen`, { key: 'saveBelowThreshold' })
  })
  complain('budgetFen', money(draft.budgetYuan, false))
  complain('gmvTargetFen', money(draft.gmvTargetYuan, false))
  return found
}
