import { ref, shallowRef } from 'vue'
import { searchAdminApi, type SynonymGroup } from '../searchApi'

export type SynonymListState = 'loading' | 'done' | 'failed'

/** The synonym table, most recently changed first. */
export function useSynonymList() {
  const groups = shallowRef<SynonymGroup[]>([])
  const state = ref<SynonymListState>('loading')
  const error = shallowRef<unknown>(null)

  async function load(): Promise<SynonymGroup[]> {
    state.value = 'loading'
    error.value = null
    try {
      const loaded = await searchAdminApi.synonyms()
      groups.value = [...loaded].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
      state.value = 'done'
    } catch (caught) {
      error.value = caught
      state.value = 'failed'
    }
    return groups.value
  }

  return { groups, state, error, load }
}
