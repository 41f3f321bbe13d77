import { ref, shallowRef, watch, type Ref } from 'vue'
import { pavilionApi, type Facets, type SearchItem } from '../api'
import { paramsFromState, sameSearch, type SearchState } from '../searchQuery'

export type SearchStatus = 'loading' | 'done' | 'failed'

/**
 * The results of the search in `state`: a changed search starts again from the first page, "load more" appends the
 * page after `nextCursor`. Only the newest request counts; an older answer arriving late is dropped.
 */
export function usePavilionSearch(state: Ref<SearchState>) {
  const items = shallowRef<SearchItem[]>([])
  const total = ref(0)
  const facets = shallowRef<Facets | null>(null)
  const nextCursor = ref<string | null>(null)
  const didYouMean = ref<string | null>(null)
  const status = ref<SearchStatus>('loading')
  const loadingMore = ref(false)
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function request(cursor?: string): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    error.value = null
    if (cursor) loadingMore.value = true
    else status.value = 'loading'
    try {
      const page = await pavilionApi.search(paramsFromState(state.value, cursor), controller.signal)
      if (running !== controller) return
      items.value = cursor ? [...items.value, ...page.items] : page.items
      total.value = page.total
      facets.value = page.facets
      nextCursor.value = page.nextCursor
      didYouMean.value = page.didYouMean
      status.value = 'done'
    } catch (caught) {
      if (running !== controller) return
      error.value = caught
      if (!cursor) status.value = 'failed'
    } finally {
      if (running === controller) loadingMore.value = false
    }
  }

  const search = () => request()
  const loadMore = () => (nextCursor.value ? request(nextCursor.value) : Promise.resolve())

  watch(state, (next, previous) => {
    if (!previous || !sameSearch(next, previous)) void search()
  }, { immediate: true })

  return { items, total, facets, nextCursor, didYouMean, status, loadingMore, error, search, loadMore }
}
