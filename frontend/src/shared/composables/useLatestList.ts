import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'

export type ListStatus = 'loading' | 'done' | 'failed'

export interface LatestList<T> {
  items: ShallowRef<T[]>
  status: Ref<ListStatus>
  error: ShallowRef<unknown>
  load: () => Promise<void>
  replace: (changed: T) => void
}

/**
 * A list loaded from the server where only the newest load counts: a new load cancels the one still running, so a
 * slow old answer never overwrites a fresh one.
 */
export function useLatestList<T extends { id: string }>(fetchList: (signal: AbortSignal) => Promise<T[]>): LatestList<T> {
  const items = shallowRef<T[]>([])
  const status = ref<ListStatus>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    status.value = 'loading'
    error.value = null
    try {
      items.value = await fetchList(controller.signal)
      status.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) return
      error.value = caught
      status.value = 'failed'
    }
  }

  /** Puts the server's answer about one item (after an action on it) in place of the one listed. */
  function replace(changed: T): void {
    items.value = items.value.map((item) => (item.id === changed.id ? changed : item))
  }

  return { items, status, error, load, replace }
}
