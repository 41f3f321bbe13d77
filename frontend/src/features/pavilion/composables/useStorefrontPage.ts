import { computed, watch, type Ref } from 'vue'
import { isProblemError } from '@/shared/api'
import { useLatestLoad } from '@/shared/composables/useLatestLoad'

/**
 * One storefront page fetched for `key` (a prefecture code, a producer id…), fetched again when the key changes;
 * only the newest request counts. `notFound` tells a 404 from other failures, which offer a retry.
 */
export function useStorefrontPage<T>(key: Ref<string>, fetchPage: (key: string, signal: AbortSignal) => Promise<T>) {
  const page = useLatestLoad<T | null>(null, (signal) => fetchPage(key.value, signal))
  watch(key, page.load, { immediate: true })
  const notFound = computed(() => isProblemError(page.error.value) && page.error.value.status === 404)
  return { ...page, notFound }
}
