import { ref, shallowRef } from 'vue'
import { productApi, type Product } from '../api'

export type MyProductsStatus = 'loading' | 'done' | 'failed'

/** The signed-in account's products; a newer load cancels the one still running. */
export function useMyProducts() {
  const products = shallowRef<Product[]>([])
  const status = ref<MyProductsStatus>('loading')
  const error = shallowRef<unknown>(null)
  let running: AbortController | null = null

  async function load(): Promise<void> {
    running?.abort()
    const controller = new AbortController()
    running = controller
    status.value = 'loading'
    error.value = null
    try {
      products.value = await productApi.mine(controller.signal)
      status.value = 'done'
    } catch (caught) {
      if (controller.signal.aborted) return
      error.value = caught
      status.value = 'failed'
    }
  }

  function replace(changed: Product): void {
    products.value = products.value.map((product) => (product.id === changed.id ? changed : product))
  }

  return { products, status, error, load, replace }
}
