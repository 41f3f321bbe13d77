import { ref, shallowRef } from 'vue'
import { salesApi, type Bucket, type CampaignSales, type SalesPoint } from './api'

/**
 * A campaign's dashboard data. The first load shows as loading; a refresh keeps the figures on screen and, if it
 * fails, keeps them and reports `stale` instead of blanking the dashboard. Answers older than the newest are dropped.
 */
export function useCampaignSales(campaignId: () => string, bucket: () => Bucket) {
  const sales = shallowRef<CampaignSales | null>(null)
  const series = shallowRef<SalesPoint[]>([])
  const status = ref<'loading' | 'done' | 'failed'>('loading')
  const stale = ref(false)
  const error = shallowRef<unknown>(null)
  let latest = 0

  async function refresh(): Promise<void> {
    const mine = ++latest
    try {
      const [figures, points] = await Promise.all([salesApi.campaign(campaignId()), salesApi.series(campaignId(), bucket())])
      if (mine !== latest) return
      sales.value = figures
      series.value = points
      status.value = 'done'
      stale.value = false
    } catch (caught) {
      if (mine !== latest) return
      error.value = caught
      if (sales.value) {
        stale.value = true
      } else {
        status.value = 'failed'
      }
    }
  }

  async function load(): Promise<void> {
    status.value = 'loading'
    sales.value = null
    await refresh()
  }

  return { sales, series, status, stale, error, load, refresh }
}
