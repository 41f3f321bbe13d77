import { useLatestList } from '@/shared/composables/useLatestList'
import { producerApi, type Producer } from '../api'

/** The signed-in account's producers, newest first. */
export function useMyProducers() {
  const { items: producers, ...list } = useLatestList<Producer>((signal) => producerApi.mine(signal))
  return { producers, ...list }
}
