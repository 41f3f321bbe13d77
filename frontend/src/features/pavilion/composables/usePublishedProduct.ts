import { ref, shallowRef, watch, type Ref } from 'vue'
import { pavilionApi, type PublishedProduct, type SearchItem } from '../api'
import type { SearchParams } from '../searchQuery'

/**
 * A published product and its search summary. The product JSON carries no producer name, so the summary (producer
 * and region names) comes from searching the product's own name; it stays null if the index does not list it.
 */
export function usePublishedProduct(id: Ref<string>) {
  const product = shallowRef<PublishedProduct | null>(null)
  const summary = shallowRef<SearchItem | null>(null)
  const status = ref<'loading' | 'done' | 'failed'>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    status.value = 'loading'
    error.value = null
    summary.value = null
    try {
      product.value = await pavilionApi.product(id.value, controller.signal)
      status.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) return
      error.value = caught
      status.value = 'failed'
      return
    }
    const { nameZh, category } = product.value.content
    const query: SearchParams = { q: nameZh, category: [category], sort: 'RELEVANCE', size: 10 }
    const found = await pavilionApi.search(query, controller.signal).catch(() => null)
    if (!controller.signal.aborted) summary.value = found?.items.find((item) => item.id === id.value) ?? null
  }

  watch(id, load, { immediate: true })
  return { product, summary, status, error, load }
}
