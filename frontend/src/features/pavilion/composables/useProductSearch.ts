import { ref, shallowRef } from 'vue'
import { pavilionApi, type ProductSearchPage } from '../api'

export type SearchStatus = 'idle' | 'loading' | 'done' | 'failed'

/** Full-text search over the pavilion; a newer search cancels the one still running. */
export function useProductSearch(pageSize = 20) {
  const query = ref('')
  const page = ref(0)
  const result = shallowRef<ProductSearchPage | null>(null)
  const status = ref<SearchStatus>('idle')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function search(text: string, pageIndex = 0): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    query.value = text.trim()
    page.value = pageIndex
    if (!query.value) {
      status.value = 'idle'
      result.value = null
      return
    }
    status.value = 'loading'
    error.value = null
    try {
      result.value = await pavilionApi.searchProducts(query.value, pageIndex, pageSize, controller.signal)
      status.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) return
      error.value = caught
      status.value = 'failed'
    }
  }

  return { query, page, pageSize, result, status, error, search }
}
