import type { Product, ProductAction, ProductStatus } from './api'

/** Products in `status` (all when null) whose Chinese or English name contains `query`, ignoring case. */
export function filterProducts(products: Product[], status: ProductStatus | null, query: string): Product[] {
  const needle = query.trim().toLowerCase()
  return products.filter(
    (product) =>
      (status === null || product.status === status) &&
      (!needle ||
        product.content.nameZh.toLowerCase().includes(needle) ||
        (product.content.nameEn ?? '').toLowerCase().includes(needle)),
  )
}

/** What the producer may do with a product in its state, besides editing. */
export function actionsFor(status: ProductStatus): ProductAction[] {
  switch (status) {
    case 'DRAFT':
      return ['submit']
    case 'APPROVED':
    case 'DELISTED':
      return ['publish']
    case 'PUBLISHED':
      return ['delist']
    default:
      return []
  }
}
