import { ref, shallowRef } from 'vue'
import type { Producer, Verification } from '@/features/producer/api'
import { reviewsApi } from '../api'

export type ReviewQueueStatus = 'loading' | 'done' | 'failed'

/** The producers in one verification state inside the reviewer's region; a newer load cancels the one running. */
export function useReviewQueue(initial: Verification = 'SUBMITTED') {
  const filter = ref<Verification>(initial)
  const producers = shallowRef<Producer[]>([])
  const status = ref<ReviewQueueStatus>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(verification: Verification = filter.value): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    filter.value = verification
    status.value = 'loading'
    error.value = null
    try {
      producers.value = await reviewsApi.queue(verification, controller.signal)
      status.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) return
      error.value = caught
      status.value = 'failed'
    }
  }

  return { filter, producers, status, error, load }
}
