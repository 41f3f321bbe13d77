import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { useProblemMessage } from '@/shared/api'
import { useLocalizedName } from '@/shared/i18n'
import { useLatestLoad } from '@/shared/composables/useLatestLoad'
import { campaignApi, enrolmentApi, type Enrolment, type OpenCampaign } from '../api'

/** For one of the account's producers: the campaigns open to it, its enrolments, and withdrawing one. */
export function useProducerCampaigns() {
  const { t } = useI18n()
  const name = useLocalizedName()
  const problemMessage = useProblemMessage()
  const producerId = ref<string | null>(null)
  const withdrawing = shallowRef<string | null>(null)

  const open = useLatestLoad<OpenCampaign[]>([], (signal) =>
    producerId.value ? campaignApi.open(producerId.value, signal) : Promise.resolve([]),
  )
  const mine = useLatestLoad<Enrolment[]>([], async (signal) =>
    producerId.value ? (await enrolmentApi.list({ producerId: producerId.value, size: 100 }, signal)).items : [],
  )

  function reload(): void {
    void open.load()
    void mine.load()
  }

  async function withdraw(enrolment: Enrolment): Promise<void> {
    const confirmed = await ElMessageBox.confirm(t('campaigns.producer.mine.withdrawConfirm'), {
      confirmButtonText: t('campaigns.producer.mine.confirm'),
      cancelButtonText: t('campaigns.producer.mine.keep'),
      type: 'warning',
    }).then(
      () => true,
      () => false,
    )
    if (!confirmed) return
    withdrawing.value = enrolment.id
    try {
      await enrolmentApi.withdraw(enrolment.id)
      ElMessage.success(t('campaigns.producer.mine.withdrawn', { name: name(enrolment.product) }))
    } catch (caught) {
      ElMessage.error(problemMessage(caught))
    } finally {
      withdrawing.value = null
      reload()
    }
  }

  return { producerId, open, mine, withdrawing, reload, withdraw }
}
