import { useI18n } from 'vue-i18n'

/** What the demo data holds where a GI registration or certificate number has not been entered yet. */
export const NOT_RECORDED = '未录入'

/** A registration or certificate number as shown: the demo data's placeholder reads in the current language. */
export function useRecordedNumber(): (number: string) => string {
  const { t } = useI18n()
  return (number) => (number === NOT_RECORDED ? t('common.notRecorded') : number)
}
