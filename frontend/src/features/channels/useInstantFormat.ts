import { computed } from 'vue'
import { useHubLocale } from '@/shared/i18n'

/** Formats ISO-8601 instants as date and time in the active language; an unreadable value is shown as it is. */
export function useInstantFormat(): (instant: string | null) => string {
  const { locale } = useHubLocale()
  const format = computed(() => new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }))
  return (instant) => {
    if (!instant) return '—'
    const date = new Date(instant)
    return Number.isNaN(date.getTime()) ? instant : format.value.format(date)
  }
}
