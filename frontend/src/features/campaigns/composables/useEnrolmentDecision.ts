import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { isProblemError, useProblemMessage } from '@/shared/api'
import { useLocalizedName } from '@/shared/i18n'
import { enrolmentApi, type Enrolment } from '../api'

/**
 * Approving and rejecting enrolments, one at a time. `decided` runs after every outcome that changes the list,
 * including a 404 or 409 (someone else decided, or stock fell below the quota), so the list is loaded afresh.
 */
export function useEnrolmentDecision(decided: (changed: Enrolment | null) => void) {
  const { t } = useI18n()
  const name = useLocalizedName()
  const problemMessage = useProblemMessage()
  const deciding = shallowRef<{ id: string; action: 'approve' | 'reject' } | null>(null)
  const rejecting = shallowRef<Enrolment | null>(null)
  const rejectOpen = ref(false)

  async function decide(enrolment: Enrolment, action: 'approve' | 'reject', reason = ''): Promise<void> {
    if (deciding.value) return
    deciding.value = { id: enrolment.id, action }
    try {
      const changed = action === 'approve' ? await enrolmentApi.approve(enrolment.id) : await enrolmentApi.reject(enrolment.id, reason)
      rejectOpen.value = false
      ElMessage.success(t(`campaigns.review.${action === 'approve' ? 'approved' : 'rejected'}`, { name: name(enrolment.product) }))
      decided(changed)
    } catch (caught) {
      ElMessage.error(problemMessage(caught))
      if (isProblemError(caught) && (caught.status === 404 || caught.status === 409)) {
        rejectOpen.value = false
        decided(null)
      }
    } finally {
      deciding.value = null
    }
  }

  function askReason(enrolment: Enrolment): void {
    rejecting.value = enrolment
    rejectOpen.value = true
  }

  return { deciding, rejecting, rejectOpen, decide, askReason }
}
