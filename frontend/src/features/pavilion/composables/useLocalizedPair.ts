import { useHubLocale } from '@/shared/i18n'

/** Picks between a Chinese and an English text: English in the English locale when there is one. */
export function useLocalizedPair(): (zh: string | null, en: string | null) => string {
  const { locale } = useHubLocale()
  return (zh, en) => (locale.value === 'en' && en ? en : (zh ?? en ?? ''))
}
