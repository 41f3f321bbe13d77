import type { Ref, ShallowRef } from 'vue'
import { useLatestLoad, type LoadStatus } from './useLatestLoad'

export interface LatestList<T> {
  items: ShallowRef<T[]>
  status: Ref<LoadStatus>
  error: ShallowRef<unknown>
  load: () => Promise<void>
  replace: (changed: T) => void
}

/** A list loaded from the server where only the newest load counts (see `useLatestLoad`). */
export function useLatestList<T extends { id: string }>(fetchList: (signal: AbortSignal) => Promise<T[]>): LatestList<T> {
  const { data: items, status, error, load } = useLatestLoad<T[]>([], fetchList)

  /** Puts the server's answer about one item (after an action on it) in place of the one listed. */
  function replace(changed: T): void {
    items.value = items.value.map((item) => (item.id === changed.id ? changed : item))
  }

  return { items, status, error, load, replace }
}
