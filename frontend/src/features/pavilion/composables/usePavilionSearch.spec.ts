import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ref } from 'vue'
import { jsonResponse, stubBackend } from '@/test/backend'
import { stateFromQuery } from '../searchQuery'
import { guapian, maofeng, searchResult } from '../testFixtures'
import { usePavilionSearch } from './usePavilionSearch'

describe('usePavilionSearch', () => {
  it('keeps the newest search when an older answer arrives late', async () => {
    let releaseSlow: (response: Response) => void = () => {}
    stubBackend({
      'GET /api/pavilion/search': (_init, url) =>
        url.searchParams.get('q') === 'slow'
          ? new Promise<Response>((resolve) => (releaseSlow = resolve))
          : jsonResponse(searchResult([guapian()])),
    })
    const state = ref(stateFromQuery({ q: 'slow' }))
    const search = usePavilionSearch(state)

    state.value = stateFromQuery({ q: 'fast' })
    await flushPromises()
    releaseSlow(jsonResponse(searchResult([maofeng()])))
    await flushPromises()

    expect(search.items.value.map((item) => item.nameZh)).toEqual(['六安瓜片'])
    expect(search.status.value).toBe('done')
  })

  it('starts from the first page when a filter changes after loading more', async () => {
    const cursors: (string | null)[] = []
    stubBackend({
      'GET /api/pavilion/search': (_init, url) => {
        cursors.push(url.searchParams.get('cursor'))
        return jsonResponse(searchResult([maofeng({ id: `p-${cursors.length}` })], { total: 9, nextCursor: `after-${cursors.length}` }))
      },
    })
    const state = ref(stateFromQuery({ q: '茶' }))
    const search = usePavilionSearch(state)
    await flushPromises()
    await search.loadMore()
    expect(search.items.value.map((item) => item.id)).toEqual(['p-1', 'p-2'])

    state.value = stateFromQuery({ q: '茶', gi: 'true' })
    await flushPromises()

    expect(cursors).toEqual([null, 'after-1', null])
    expect(search.items.value.map((item) => item.id)).toEqual(['p-3'])
    expect(search.nextCursor.value).toBe('after-3')
  })
})
