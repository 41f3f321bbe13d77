import { useLatestList } from '@/shared/composables/useLatestList'
import { producerApi, type Producer } from '../api'

export type { ListStatus as MyProducersStatus } from '@/shared/composables/useLatestList'

/** The signed-in account's producers, newest first. */
export function useMyProducers() {
  const { items: producers, ...list } = useLatestList<Producer>((signal) => producerApi.mine(signal))
  return { producers, ...list }
}
