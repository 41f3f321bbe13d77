import type { SearchResult } from './api'

/** Campaigns as the pavilion shows them to consumers (docs/campaigns.md, "Pavilion"). */

export const CAMPAIGN_TYPES = ['SEASONAL', 'CULTURAL', 'TIME_HONOURED', 'GROUP_PROMOTION', 'FLASH_SALE'] as const
export type CampaignType = (typeof CAMPAIGN_TYPES)[number]

export const CAMPAIGN_CHANNELS = ['PAVILION', 'TAOBAO', 'JD', 'PINDUODUO', 'SUNING'] as const
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number]

/** The states a consumer can meet; the pavilion hides drafts and cancelled campaigns. */
export type PublicCampaignStatus = 'SCHEDULED' | 'LIVE' | 'ENDED'

/**
 * A time of a campaign: an ISO instant (search hits, product page) or an Asia/Shanghai wall-clock time without an
 * offset, `yyyy-MM-ddTHH:mm` (campaign records); `campaignTime.ts` reads both.
 */
export type CampaignTime = string

/** A campaign on the home page strip. */
export interface HomeCampaign {
  id: string
  nameZh: string
  nameEn: string | null
  type: CampaignType
  status: 'LIVE' | 'SCHEDULED'
  startsAt: CampaignTime
  endsAt: CampaignTime
  bannerFileId: string | null
  productCount: number
}

/** The campaign a search hit takes part in, with its lowest campaign price. */
export interface ItemCampaign {
  id: string
  nameZh: string
  nameEn: string | null
  type: CampaignType
  status: 'LIVE' | 'SCHEDULED'
  startsAt: CampaignTime
  endsAt: CampaignTime
  /** Null while a flash sale is between sessions, when no campaign price applies. */
  priceFen: number | null
}

/** One enrolled SKU's campaign terms. */
export interface CampaignSku {
  code: string
  listPriceFen: number
  campaignPriceFen: number
  perBuyerLimit: number
  remaining: number
}

export interface ProductCampaign extends ItemCampaign {
  skus: CampaignSku[]
}

/** A flash-sale session: every day of the campaign from `start` (HH:mm, or HH:mm:ss, Asia/Shanghai) for `minutes`. */
export interface FlashSession {
  start: string
  minutes: number
}

export interface SpendSaveTier {
  thresholdFen: number
  saveFen: number
}

/** A scheduled, live or ended campaign on its landing page, with a page of its products (none once ended). */
export interface PublicCampaign {
  id: string
  type: CampaignType
  status: PublicCampaignStatus
  nameZh: string
  nameEn: string | null
  descriptionZh: string | null
  descriptionEn: string | null
  regionalBrand: string | null
  startsAt: CampaignTime
  endsAt: CampaignTime
  flashSessions: FlashSession[]
  channels: CampaignChannel[]
  spendSaveTiers: SpendSaveTier[]
  bannerFileId: string | null
  /** Flash sales: the start of the running session, or null. */
  activeSession?: string | null
  products: SearchResult
}
