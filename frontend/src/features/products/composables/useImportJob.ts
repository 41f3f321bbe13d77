import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { isProblemError } from '@/shared/api'
import { importApi, isFinished, type ImportJob } from '../importApi'

export const POLL_INTERVAL_MS = 700
/** Failed polls in a row that are retried before the error is shown. */
export const POLL_RETRIES = 3

/** Waits, or stops waiting as soon as the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    }, { once: true })
  })
}

/** A lost connection or a server error may pass; any other refusal (not found, signed out) will not. */
const worthRetrying = (error: unknown) => isProblemError(error) && (error.status === 0 || error.status >= 500)

/**
 * Follows the import named by `id` until it is finished: polls it every {@link POLL_INTERVAL_MS}, retries a few
 * failed polls, and stops when the id changes or the component goes away. Set `job` first to show a job at once.
 */
export function useImportJob(id: Ref<string | null>, onFinished: (job: ImportJob) => void = () => {}) {
  const job = shallowRef<ImportJob | null>(null)
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  function stop(): void {
    running?.abort()
    running = null
  }

  async function follow(jobId: string): Promise<void> {
    stop()
    const controller = new AbortController()
    running = controller
    const { signal } = controller
    error.value = null
    let failures = 0
    while (!signal.aborted) {
      try {
        const fresh = await importApi.job(jobId, signal)
        if (signal.aborted) return
        job.value = fresh
        failures = 0
        if (isFinished(fresh.state)) {
          onFinished(fresh)
          return
        }
      } catch (caught) {
        if (signal.aborted) return
        if (!worthRetrying(caught) || ++failures > POLL_RETRIES) {
          error.value = caught
          return
        }
      }
      await pause(POLL_INTERVAL_MS, signal)
    }
  }

  watch(
    id,
    (next) => {
      if (job.value?.id !== next) job.value = null
      if (next) void follow(next)
      else stop()
    },
    { immediate: true },
  )
  onScopeDispose(stop)

  return { job, error, retry: () => (id.value ? follow(id.value) : Promise.resolve()) }
}
