import { describe, expect, it } from 'vitest'
import { useLatestLoad } from './useLatestLoad'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('useLatestLoad', () => {
  it('keeps the newest answer when an older one arrives late, and aborts the older request', async () => {
    const answers = [deferred<string>(), deferred<string>()]
    const signals: AbortSignal[] = []
    const loaded = useLatestLoad('', (signal) => (signals.push(signal), answers[signals.length - 1]!.promise))

    const first = loaded.load()
    const second = loaded.load()
    answers[1]!.resolve('new')
    await second
    answers[0]!.resolve('old')
    await first

    expect(loaded.data.value).toBe('new')
    expect(loaded.status.value).toBe('done')
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false])
  })

  it('reports a failure of the newest load only', async () => {
    const answers = [deferred<string>(), deferred<string>()]
    let calls = 0
    const loaded = useLatestLoad('initial', () => answers[calls++]!.promise)

    const first = loaded.load()
    const second = loaded.load()
    answers[0]!.reject(new Error('stale'))
    await first
    expect(loaded.status.value).toBe('loading')

    answers[1]!.reject(new Error('fresh'))
    await second
    expect(loaded.status.value).toBe('failed')
    expect((loaded.error.value as Error).message).toBe('fresh')
    expect(loaded.data.value).toBe('initial')
  })
})
