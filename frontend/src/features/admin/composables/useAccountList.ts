import { ref, shallowRef } from 'vue'
import { adminApi, type AccountPage } from '../api'

export type AccountListStatus = 'loading' | 'done' | 'failed'

/** Server-side paginated accounts, filtered by username prefix; a newer load cancels the one still running. */
export function useAccountList(pageSize = 20) {
  const query = ref('')
  const page = ref(0)
  const result = shallowRef<AccountPage | null>(null)
  const status = ref<AccountListStatus>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(pageIndex = page.value, text = query.value): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    query.value = text.trim()
    page.value = pageIndex
    status.value = 'loading'
    error.value = null
    try {
      result.value = await adminApi.accounts({ page: pageIndex, size: pageSize, q: query.value }, controller.signal)
      status.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) return
      error.value = caught
      status.value = 'failed'
    }
  }

  /** Starts over at the first page, where the newest accounts are. */
  function search(text: string): Promise<void> {
    return load(0, text)
  }

  return { query, page, pageSize, result, status, error, load, search }
}
