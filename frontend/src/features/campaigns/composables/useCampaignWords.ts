import { useI18n } from 'vue-i18n'
import { useHubLocale, useLocalizedName } from '@/shared/i18n'
import { fenToYuan } from '@/features/products/money'
import type { Channel } from '../api'
import type { Complaint } from '../campaignDraft'
import { formatWallClock } from '../shanghaiTime'

/** The words the campaign pages share: names in the reader's language, Shanghai times, channels, yuan, complaints. */
export function useCampaignWords() {
  const { t } = useI18n()
  const { locale } = useHubLocale()
  const name = useLocalizedName()
  return {
    name,
    when: (wallClock: string) => formatWallClock(wallClock, locale.value),
    period: (from: string, to: string) => `${formatWallClock(from, locale.value)} – ${formatWallClock(to, locale.value)}`,
    channels: (channels: readonly Channel[]) => channels.map((channel) => t(`campaigns.channels.${channel}`)).join(t('common.listSeparator')),
    yuan: (fen: number) => `¥${fenToYuan(fen)}`,
    complaint: (complaint: Complaint) => t(`campaigns.validation.${complaint.key}`, complaint.params ?? {}),
  }
}
