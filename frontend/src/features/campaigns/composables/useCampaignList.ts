import { reactive, watch } from 'vue'
import { useLatestLoad } from '@/shared/composables/useLatestLoad'
import { campaignApi, type Campaign, type CampaignQuery, type Page } from '../api'

export const PAGE_SIZE = 20

/** One page of campaigns under the chosen filters; changing a filter goes back to the first page. */
export function useCampaignList() {
  const query = reactive<CampaignQuery>({ status: undefined, type: undefined, channel: undefined, page: 0, size: PAGE_SIZE })
  const empty: Page<Campaign> = { items: [], total: 0, page: 0, size: PAGE_SIZE }
  const { data, status, error, load } = useLatestLoad(empty, (signal) => campaignApi.list({ ...query }, signal))

  watch(
    () => [query.status, query.type, query.channel],
    () => {
      // Back to the first page; when it is there already, nothing else would load.
      if (query.page === 0) void load()
      else query.page = 0
    },
  )
  watch(() => query.page, () => void load())

  return { query, data, status, error, load }
}
