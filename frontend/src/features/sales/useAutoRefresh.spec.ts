import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startAutoRefresh } from './useAutoRefresh'

describe('startAutoRefresh', () => {
  let visibility: DocumentVisibilityState = 'visible'

  beforeEach(() => {
    vi.useFakeTimers()
    visibility = 'visible'
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility)
  })
  afterEach(() => vi.useRealTimers())

  it('refreshes every interval while visible and stops when told', () => {
    const refresh = vi.fn()
    const stop = startAutoRefresh(refresh, 5000)
    vi.advanceTimersByTime(15_000)
    expect(refresh).toHaveBeenCalledTimes(3)
    stop()
    vi.advanceTimersByTime(15_000)
    expect(refresh).toHaveBeenCalledTimes(3)
  })

  it('pauses in a hidden tab and refreshes at once on return', () => {
    const refresh = vi.fn()
    const stop = startAutoRefresh(refresh, 5000)
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    vi.advanceTimersByTime(20_000)
    expect(refresh).not.toHaveBeenCalled()
    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(refresh).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5000)
    expect(refresh).toHaveBeenCalledTimes(2)
    stop()
  })
})
