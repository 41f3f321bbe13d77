import { computed, type ComputedRef } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import en from './locales/en'
import zhCN, { type HubMessages } from './locales/zh-CN'

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type HubLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: HubLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'wanhuo-hub.locale'

export const messages: Record<HubLocale, HubMessages> = { 'zh-CN': zhCN, en }

export function isHubLocale(value: unknown): value is HubLocale {
  return SUPPORTED_LOCALES.includes(value as HubLocale)
}

/** The saved choice, else Chinese: the default is not taken from the browser, so every first visit is in zh-CN. */
export function storedLocale(): HubLocale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isHubLocale(saved) ? saved : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function createHubI18n(locale: HubLocale = storedLocale()) {
  document.documentElement.lang = locale
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
  })
}

/** The active locale and a way to change it that also persists the choice and updates `<html lang>`. */
export function useHubLocale(): { locale: ComputedRef<HubLocale>; changeLocale: (next: HubLocale) => void } {
  const { locale } = useI18n({ useScope: 'global' })
  return {
    locale: computed(() => (isHubLocale(locale.value) ? locale.value : DEFAULT_LOCALE)),
    changeLocale(next) {
      locale.value = next
      document.documentElement.lang = next
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, next)
      } catch {
        // Storage may be disabled (private mode); the choice then lasts for this page only.
      }
    },
  }
}

/** Picks the name of a record in the active language, falling back to the other one when it is missing. */
export function useLocalizedName(): (record: { nameZh: string; nameEn?: string | null }) => string {
  const { locale } = useHubLocale()
  return (record) => (locale.value === 'en' && record.nameEn ? record.nameEn : record.nameZh)
}

export { NOT_RECORDED, useRecordedNumber } from './recordedNumber'
