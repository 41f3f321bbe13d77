import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Calls `refresh` every `everyMs` while the page is visible, and once at once when it becomes visible again, so a
 * dashboard left open in a background tab costs the server nothing. Returns `stop` for tests and early exits.
 */
export function startAutoRefresh(refresh: () => unknown, everyMs: number, doc: Document = document): () => void {
  let timer: ReturnType<typeof setInterval> | null = null
  const start = () => {
    if (timer === null) timer = setInterval(() => void refresh(), everyMs)
  }
  const pause = () => {
    if (timer !== null) clearInterval(timer)
    timer = null
  }
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      pause()
    } else {
      void refresh()
      start()
    }
  }
  doc.addEventListener('visibilitychange', onVisibility)
  if (doc.visibilityState !== 'hidden') start()
  return () => {
    pause()
    doc.removeEventListener('visibilitychange', onVisibility)
  }
}

/** {@link startAutoRefresh} for the life of the calling component. */
export function useAutoRefresh(refresh: () => unknown, everyMs: number): void {
  let stop: (() => void) | null = null
  onMounted(() => (stop = startAutoRefresh(refresh, everyMs)))
  onBeforeUnmount(() => stop?.())
}
