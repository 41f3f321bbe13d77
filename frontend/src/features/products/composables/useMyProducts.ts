import { useLatestList } from '@/shared/composables/useLatestList'
import { productApi, type Product } from '../api'

/** The signed-in account's products, newest first. */
export function useMyProducts() {
  const { items: products, ...list } = useLatestList<Product>((signal) => productApi.mine(signal))
  return { products, ...list }
}
