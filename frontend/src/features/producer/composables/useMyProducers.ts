import { ref, shallowRef } from 'vue'
import { producerApi, type Producer } from '../api'

export type MyProducersStatus = 'loading' | 'done' | 'failed'

/** The signed-in account's producers, newest first; a newer load cancels the one still running. */
export function useMyProducers() {
  const producers = shallowRef<Producer[]>([])
  const status = ref<MyProducersStatus>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    status.value = 'loading'
    error.value = null
    try {
      producers.value = await producerApi.mine(controller.signal)
      status.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) return
      error.value = caught
      status.value = 'failed'
    }
  }

  /** Puts the server's answer about one producer (after an upload, say) in place of the one listed. */
  function replace(changed: Producer): void {
    producers.value = producers.value.map((producer) => (producer.id === changed.id ? changed : producer))
  }

  return { producers, status, error, load, replace }
}
