import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'

export type LoadStatus = 'loading' | 'done' | 'failed'

export interface LatestLoad<T> {
  data: ShallowRef<T>
  status: Ref<LoadStatus>
  error: ShallowRef<unknown>
  load: () => Promise<void>
}

/**
 * Data loaded from the server where only the newest load counts: a new load cancels the one still running, so a
 * slow old answer never overwrites a fresh one. `data` keeps `initial` until the first load succeeds.
 */
export function useLatestLoad<T>(initial: T, fetchData: (signal: AbortSignal) => Promise<T>): LatestLoad<T> {
  const data = shallowRef(initial) as ShallowRef<T>
  const status = ref<LoadStatus>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    status.value = 'loading'
    error.value = null
    try {
      const fetched = await fetchData(controller.signal)
      if (running !== controller) return
      data.value = fetched
      status.value = 'done'
    } catch (caught) {
      if (running !== controller) return
      error.value = caught
      status.value = 'failed'
    }
  }

  return { data, status, error, load }
}
