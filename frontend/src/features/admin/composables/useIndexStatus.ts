import { onScopeDispose, ref, shallowRef } from 'vue'
import { searchAdminApi, type IndexStatus, type ReconcileReport } from '../searchApi'

export type IndexStatusState = 'loading' | 'done' | 'failed'
/** How the rebuild this page started ended: done, failed, or never began on the instance that answered. */
export type RebuildOutcome = 'finished' | 'failed' | 'notStarted'

/** Polls while a rebuild has not visibly begun before deciding it was skipped (another instance holds the lock). */
const START_GRACE_POLLS = 10
/** Status reads that may fail in a row while following a rebuild before the page gives up following it. */
const TOLERATED_POLL_FAILURES = 3

/**
 * The pavilion index's status, and the rebuild and reconcile an administrator starts from it. A rebuild runs in the
 * background on the server; it is followed by reading the status every `pollMs` until it no longer runs.
 */
export function useIndexStatus(pollMs = 1000) {
  const status = shallowRef<IndexStatus | null>(null)
  const state = ref<IndexStatusState>('loading')
  const error = shallowRef<unknown>(null)
  const rebuilding = ref(false)
  const rebuildOutcome = ref<RebuildOutcome | null>(null)
  const reconciling = ref(false)
  const reconcileReport = shallowRef<ReconcileReport | null>(null)
  const rebuildError = shallowRef<unknown>(null)
  const reconcileError = shallowRef<unknown>(null)
  let disposed = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let wake: (() => void) | undefined

  onScopeDispose(() => {
    disposed = true
    clearTimeout(timer)
    wake?.()
  })

  function pause(): Promise<void> {
    return new Promise((resolve) => {
      wake = resolve
      timer = setTimeout(resolve, pollMs)
    })
  }

  async function load(): Promise<void> {
    state.value = 'loading'
    error.value = null
    try {
      status.value = await searchAdminApi.status()
      state.value = 'done'
    } catch (caught) {
      error.value = caught
      state.value = 'failed'
    }
  }

  /** Starts a rebuild and follows it until it is over; resolves then. */
  async function rebuild(): Promise<void> {
    if (rebuilding.value || !status.value) return
    const before = status.value.rebuild.startedAt
    rebuilding.value = true
    rebuildOutcome.value = null
    rebuildError.value = null
    try {
      const started = await searchAdminApi.rebuild()
      status.value = { ...status.value, rebuild: started }
      rebuildOutcome.value = await follow(before)
    } catch (caught) {
      rebuildError.value = caught
    } finally {
      rebuilding.value = false
    }
  }

  /**
   * The rebuild's end. The server answers the start before the rebuild takes its lock, so the first answers may
   * still show the previous rebuild: only a new start time tells this one apart.
   */
  async function follow(before: string | null): Promise<RebuildOutcome | null> {
    let polls = 0
    let failures = 0
    for (;;) {
      const rebuild = status.value!.rebuild
      if (!rebuild.running && rebuild.startedAt !== before) return rebuild.failure ? 'failed' : 'finished'
      if (!rebuild.running && polls >= START_GRACE_POLLS) return 'notStarted'
      await pause()
      if (disposed) return null
      polls++
      try {
        status.value = await searchAdminApi.status()
        failures = 0
      } catch (caught) {
        if (++failures >= TOLERATED_POLL_FAILURES) throw caught
      }
    }
  }

  async function reconcile(): Promise<void> {
    if (reconciling.value) return
    reconciling.value = true
    reconcileReport.value = null
    reconcileError.value = null
    try {
      reconcileReport.value = await searchAdminApi.reconcile()
      void load()
    } catch (caught) {
      reconcileError.value = caught
    } finally {
      reconciling.value = false
    }
  }

  return { status, state, error, rebuilding, rebuildOutcome, reconciling, reconcileReport, rebuildError, reconcileError, load, rebuild, reconcile }
}
