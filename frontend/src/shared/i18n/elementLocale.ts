import type { Language } from 'element-plus/es/locale'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import type { HubLocale } from '.'

const elementLocales: Record<HubLocale, Language> = { 'zh-CN': elementZhCn, en: elementEn }

/** Element Plus' own texts (pagination, empty states, dialogs) follow the vue-i18n locale. */
export function elementLocaleFor(locale: HubLocale): Language {
  return elementLocales[locale]
}
