import type { PlatformChannel } from './api'

/** A product's override on one platform, beside the catalog's values (as the API answers it). */
export interface OverrideView {
  productId: string
  channel: PlatformChannel
  excluded: boolean
  title: string | null
  catalogTitle: string
  skus: { code: string; spec: string; catalogPriceFen: number; catalogStock: number; priceFen: number | null; stock: number | null }[]
  version: number | null
}

/** The form: prices in yuan as producers think of them; null keeps the catalog's value. */
export interface OverrideForm {
  excluded: boolean
  title: string
  skus: { code: string; spec: string; catalogPriceFen: number; catalogStock: number; priceYuan: number | null; stock: number | null }[]
}

export function overrideFormOf(view: OverrideView): OverrideForm {
  return {
    excluded: view.excluded,
    title: view.title ?? '',
    skus: view.skus.map((sku) => ({
      code: sku.code,
      spec: sku.spec,
      catalogPriceFen: sku.catalogPriceFen,
      catalogStock: sku.catalogStock,
      priceYuan: sku.priceFen === null ? null : sku.priceFen / 100,
      stock: sku.stock,
    })),
  }
}

/** Each SKU's problem, by code: a price must be above zero, a stock share between zero and the SKU's stock. */
export function overrideProblems(form: OverrideForm): Record<string, string> {
  const problems: Record<string, string> = {}
  for (const sku of form.skus) {
    if (sku.priceYuan !== null && !(sku.priceYuan > 0)) problems[sku.code] = 'channels.override.badPrice'
    else if (sku.stock !== null && (!Number.isInteger(sku.stock) || sku.stock < 0 || sku.stock > sku.catalogStock)) {
      problems[sku.code] = 'channels.override.badStock'
    }
  }
  return problems
}

/** The request: only SKUs with something of their own, prices in fen. */
export function overrideRequest(form: OverrideForm) {
  return {
    excluded: form.excluded,
    title: form.title.trim() || null,
    skus: form.skus
      .filter((sku) => sku.priceYuan !== null || sku.stock !== null)
      .map((sku) => ({
        skuCode: sku.code,
        priceFen: sku.priceYuan === null ? null : Math.round(sku.priceYuan * 100),
        stock: sku.stock,
      })),
  }
}
