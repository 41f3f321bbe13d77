import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { isProblemError } from '@/shared/api'

export type PageStatus = 'loading' | 'done' | 'failed'

/**
 * One storefront page fetched for `key` (a prefecture code, a producer id…), fetched again when the key changes;
 * only the newest request counts. `notFound` tells a 404 from other failures, which offer a retry.
 */
export function useStorefrontPage<T>(key: Ref<string>, fetchPage: (key: string, signal: AbortSignal) => Promise<T>) {
  const data = shallowRef<T | null>(null)
  const status = ref<PageStatus>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    status.value = 'loading'
    error.value = null
    try {
      const page = await fetchPage(key.value, controller.signal)
      if (running !== controller) return
      data.value = page
      status.value = 'done'
    } catch (caught) {
      if (running !== controller) return
      error.value = caught
      status.value = 'failed'
    }
  }

  watch(key, load, { immediate: true })
  const notFound = computed(() => isProblemError(error.value) && error.value.status === 404)
  return { data, status, error, notFound, load }
}
