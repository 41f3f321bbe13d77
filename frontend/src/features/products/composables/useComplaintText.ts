import { useI18n } from 'vue-i18n'
import type { Complaint } from '../productDraft'

/** Words for a complaint about a product field, from `products.editor.validation`. */
export function useComplaintText(): (complaint: Complaint) => string {
  const { t } = useI18n()
  return (complaint) => t(`products.editor.validation.${complaint.key}`, complaint.params ?? {})
}
