import type { CampaignType } from './campaigns'

// Each type keeps one colour wherever a campaign has no banner, so a shopper learns to tell them apart.
const TYPE_GRADIENTS: Record<CampaignType, string> = {
  SEASONAL: 'linear-gradient(120deg, #1f6f5c, #5aa469)',
  CULTURAL: 'linear-gradient(120deg, #9e2a2b, #d9783c)',
  TIME_HONOURED: 'linear-gradient(120deg, #6b4a1f, #c9a43b)',
  GROUP_PROMOTION: 'linear-gradient(120deg, #1d5c8c, #3a9bb5)',
  FLASH_SALE: 'linear-gradient(120deg, #c0392b, #f08c2e)',
}

/** The header colour of a campaign of this type without a banner image. */
export function campaignTypeBackground(type: CampaignType): string {
  return TYPE_GRADIENTS[type] ?? TYPE_GRADIENTS.SEASONAL
}
