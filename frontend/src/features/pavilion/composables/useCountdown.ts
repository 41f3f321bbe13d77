import { computed, onScopeDispose, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { campaignInstant, durationParts, type DurationParts } from '../campaignTime'
import type { CampaignTime } from '../campaigns'

const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const

/**
 * The time left until `target` (a campaign time, or null for none), ticking every second until the component or
 * scope that uses it goes. `text` shows the two largest units that matter ("3天 4小时", "12m 5s"), `fullText` all of
 * them from the largest that is not zero; `expired` turns true once the target has passed.
 */
export function useCountdown(target: () => CampaignTime | null) {
  const { t } = useI18n()
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), 1000)
  onScopeDispose(() => clearInterval(timer))
  // A new target is measured from this moment, not from the last tick up to a second ago.
  watch(target, () => (now.value = Date.now()))

  const remainingMs = computed(() => {
    const instant = campaignInstant(target())
    return Number.isNaN(instant) ? null : Math.max(0, instant - now.value)
  })
  const parts = computed(() => durationParts(remainingMs.value ?? 0))
  const expired = computed(() => remainingMs.value === 0)

  const unit = (parts: DurationParts, name: (typeof UNITS)[number]) => t(`pavilionCampaigns.duration.${name}`, { n: parts[name] })
  const fromLargest = (parts: DurationParts) => {
    const largest = UNITS.findIndex((name) => parts[name] > 0)
    return largest < 0 ? UNITS.slice(3) : UNITS.slice(largest)
  }
  const text = computed(() => fromLargest(parts.value).slice(0, 2).map((name) => unit(parts.value, name)).join(' '))
  const fullText = computed(() => fromLargest(parts.value).map((name) => unit(parts.value, name)).join(' '))

  return { remainingMs, parts, expired, text, fullText }
}
