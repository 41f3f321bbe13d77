import { describe, expect, it } from 'vitest'
import { overrideFormOf, overrideProblems, overrideRequest, type OverrideView } from './overrideForm'

const view: OverrideView = {
  productId: 'p-1',
  channel: 'TAOBAO',
  excluded: false,
  title: null,
  catalogTitle: '祁门红茶 特级',
  skus: [
    { code: 'A', spec: '250g', catalogPriceFen: 12800, catalogStock: 120, priceFen: 11800, stock: null },
    { code: 'B', spec: '500g', catalogPriceFen: 24800, catalogStock: 40, priceFen: null, stock: null },
  ],
  version: 3,
}

describe('override form', () => {
  it('shows prices in yuan and sends fen, only for SKUs with a value of their own', () => {
    const form = overrideFormOf(view)
    expect(form.skus[0]!.priceYuan).toBe(118)
    form.skus[1]!.stock = 10
    form.title = '  淘宝专享  '

    expect(overrideRequest(form)).toEqual({
      excluded: false,
      title: '淘宝专享',
      skus: [
        { skuCode: 'A', priceFen: 11800, stock: null },
        { skuCode: 'B', priceFen: null, stock: 10 },
      ],
    })
  })

  it('refuses a price of zero and a stock share above the SKU stock', () => {
    const form = overrideFormOf(view)
    form.skus[0]!.priceYuan = 0
    form.skus[1]!.stock = 41

    expect(overrideProblems(form)).toEqual({ A: 'channels.override.badPrice', B: 'channels.override.badStock' })
  })
})
