import { useI18n } from 'vue-i18n'
import type { Complaint } from '../profileDraft'

/** Words for a complaint about a profile field, from `producer.form.validation`. */
export function useComplaintText(): (complaint: Complaint) => string {
  const { t } = useI18n()
  return (complaint) => t(`producer.form.validation.${complaint.key}`, complaint.params ?? {})
}
