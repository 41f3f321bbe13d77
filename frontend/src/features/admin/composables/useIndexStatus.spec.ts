import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { jsonResponse, problemResponse, setCookie, stubBackend } from '@/test/backend'
import type { IndexStatus } from '../searchApi'
import { indexStatus } from '../testFixtures'
import { useIndexStatus } from './useIndexStatus'

const previous = indexStatus()
const running = (indexed: number) =>
  indexStatus({ running: true, index: 'wanhuo-products-200', indexed, startedAt: '2025-03-01T13:00:00Z', finishedAt: null })
const finished = indexStatus({
  index: 'wanhuo-products-200',
  indexed: 120,
  startedAt: '2025-03-01T13:00:00Z',
  finishedAt: '2025-03-01T13:00:03Z',
})

/** A backend whose status answers `answers` one after the other, then keeps giving the last one. */
function backend(answers: IndexStatus[], rebuildAnswer = previous.rebuild) {
  let served = 0
  const fetchMock = stubBackend({
    'GET /api/admin/search/status': () => jsonResponse(answers[Math.min(served++, answers.length - 1)]),
    'POST /api/admin/search/rebuild': () => jsonResponse(rebuildAnswer, 202),
  })
  const statusReads = () => fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/search/status')).length
  return { fetchMock, statusReads }
}

describe('useIndexStatus', () => {
  let scope = effectScope()

  beforeEach(() => {
    scope = effectScope()
    vi.useFakeTimers()
    setCookie('XSRF-TOKEN', 'admin-token')
  })
  afterEach(() => {
    scope.stop()
    vi.useRealTimers()
  })

  function start() {
    return scope.run(() => useIndexStatus(1000))!
  }

  it('follows a rebuild once a second and stops reading the status when it is done', async () => {
    // The start answers the previous rebuild: the server takes its lock only after answering.
    const { statusReads } = backend([previous, running(0), running(60), finished])
    const index = start()
    await index.load()

    const rebuilt = index.rebuild()
    await vi.advanceTimersByTimeAsync(0)
    expect(index.rebuilding.value).toBe(true)
    expect(statusReads()).toBe(1)

    await vi.advanceTimersByTimeAsync(1000)
    expect(index.status.value?.rebuild.running).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(index.status.value?.rebuild.indexed).toBe(60)
    await vi.advanceTimersByTimeAsync(1000)
    await rebuilt

    expect(index.rebuilding.value).toBe(false)
    expect(index.rebuildOutcome.value).toBe('finished')
    expect(index.status.value?.rebuild.indexed).toBe(120)
    expect(statusReads()).toBe(4)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(statusReads()).toBe(4)
  })

  it('reports a rebuild that failed on the server', async () => {
    backend([previous, { ...finished, rebuild: { ...finished.rebuild, failure: 'index_not_found_exception' } }])
    const index = start()
    await index.load()

    const rebuilt = index.rebuild()
    await vi.advanceTimersByTimeAsync(1000)
    await rebuilt

    expect(index.rebuildOutcome.value).toBe('failed')
    expect(index.status.value?.rebuild.failure).toBe('index_not_found_exception')
  })

  it('gives up after ten seconds when no rebuild begins on this instance', async () => {
    const { statusReads } = backend([previous])
    const index = start()
    await index.load()

    const rebuilt = index.rebuild()
    await vi.advanceTimersByTimeAsync(10_000)
    await rebuilt

    expect(index.rebuildOutcome.value).toBe('notStarted')
    expect(statusReads()).toBe(11)
  })

  it('stops polling when the page goes away', async () => {
    const { statusReads } = backend([previous, running(10)])
    const owner = effectScope()
    const index = owner.run(() => useIndexStatus(1000))!
    await index.load()

    const rebuilt = index.rebuild()
    await vi.advanceTimersByTimeAsync(2000)
    owner.stop()
    await rebuilt
    const reads = statusReads()
    await vi.advanceTimersByTimeAsync(5000)

    expect(statusReads()).toBe(reads)
    expect(index.rebuildOutcome.value).toBeNull()
  })

  it('keeps a busy reconcile’s problem for the page to explain', async () => {
    stubBackend({
      'GET /api/admin/search/status': () => jsonResponse(previous),
      'POST /api/admin/search/reconcile': () =>
        problemResponse({ type: '/problems/index-maintenance-busy', title: 'Conflict', status: 409, detail: 'busy' }),
    })
    const index = start()
    await index.load()

    await index.reconcile()

    expect(index.reconcileReport.value).toBeNull()
    expect(index.reconcileError.value).toMatchObject({ problem: { status: 409, type: '/problems/index-maintenance-busy' } })
  })
})
