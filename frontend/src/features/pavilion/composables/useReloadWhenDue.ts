import { onScopeDispose } from 'vue'

const RETRY_DELAYS_MS = [3_000, 10_000, 30_000, 60_000]

/**
 * Reloads a page when its campaign starts or ends (`atZero`). The server switches a campaign a moment after its
 * time, so a reloaded page can still show the campaign past its time (`whenOverdue`): it then asks again, waiting
 * longer each time, and gives up after a few tries rather than poll for ever.
 */
export function useReloadWhenDue(reload: () => void) {
  let overdue = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  onScopeDispose(() => clearTimeout(timer))
  return {
    atZero(): void {
      overdue = 0
      clearTimeout(timer)
      reload()
    },
    whenOverdue(): void {
      const delay = RETRY_DELAYS_MS[overdue++]
      if (delay === undefined) return
      clearTimeout(timer)
      timer = setTimeout(reload, delay)
    },
  }
}
