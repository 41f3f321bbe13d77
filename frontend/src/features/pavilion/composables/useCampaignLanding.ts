import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { pavilionApi, type SearchItem } from '../api'
import { useStorefrontPage } from './useStorefrontPage'

/**
 * A campaign's landing page: the campaign with the first page of its products, and the pages after it appended by
 * `loadMore`. `reload` asks again past the browser's cache, for when the campaign starts or ends.
 */
export function useCampaignLanding(id: Ref<string>) {
  let fresh = false
  const page = useStorefrontPage(id, (key, signal) => pavilionApi.campaign(key, {}, signal, fresh))
  const more = shallowRef<SearchItem[]>([])
  const nextCursor = ref<string | null>(null)
  const loadingMore = ref(false)
  const moreError = shallowRef<unknown>(null)
  let running: AbortController | null = null

  // A newly loaded campaign starts its products again; a page still loading for the old one is dropped.
  watch(page.data, (campaign) => {
    running?.abort()
    running = null
    more.value = []
    moreError.value = null
    loadingMore.value = false
    nextCursor.value = campaign?.products.nextCursor ?? null
  })

  const items = computed(() => [...(page.data.value?.products.items ?? []), ...more.value])
  const total = computed(() => page.data.value?.products.total ?? 0)

  async function loadMore(): Promise<void> {
    const cursor = nextCursor.value
    if (!cursor) return
    const controller = new AbortController()
    running = controller
    loadingMore.value = true
    moreError.value = null
    try {
      const next = await pavilionApi.campaign(id.value, { cursor }, controller.signal)
      if (running !== controller) return
      more.value = [...more.value, ...next.products.items]
      nextCursor.value = next.products.nextCursor
    } catch (caught) {
      if (running === controller) moreError.value = caught
    } finally {
      if (running === controller) loadingMore.value = false
    }
  }

  function reload(): void {
    fresh = true
    void page.load()
  }

  return { ...page, items, total, nextCursor, loadingMore, moreError, loadMore, reload }
}
