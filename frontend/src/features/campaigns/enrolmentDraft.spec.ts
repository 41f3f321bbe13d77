import { describe, expect, it } from 'vitest'
import { checkEnrolment, discountPercent, enrolmentRequestOf } from './enrolmentDraft'

const sku = { code: 'QM-250', spec: '250 克罐装', priceFen: 12800, stock: 50, available: 40, enrolmentId: null, enrolmentStatus: null }

describe('enrolment draft', () => {
  it('accepts a price below the list price, a quota within the stock left and a limit within the quota', () => {
    expect(checkEnrolment({ priceYuan: '99', quota: 40, perBuyerLimit: 40 }, sku)).toEqual({})
  })

  it('wants the campaign price below the list price and above nothing', () => {
    expect(checkEnrolment({ priceYuan: '128.00', quota: 1, perBuyerLimit: 1 }, sku)).toEqual({
      campaignPriceFen: { key: 'priceBelowList' },
    })
    expect(checkEnrolment({ priceYuan: '0', quota: 1, perBuyerLimit: 1 }, sku).campaignPriceFen).toEqual({ key: 'positive' })
    expect(checkEnrolment({ priceYuan: '9.999', quota: 1, perBuyerLimit: 1 }, sku).campaignPriceFen).toEqual({ key: 'money' })
    expect(checkEnrolment({ priceYuan: ' ', quota: 1, perBuyerLimit: 1 }, sku).campaignPriceFen).toEqual({ key: 'required' })
  })

  it('holds the quota to the stock other campaigns have not reserved', () => {
    expect(checkEnrolment({ priceYuan: '99', quota: 41, perBuyerLimit: 1 }, sku)).toEqual({
      quota: { key: 'quotaAboveStock', params: { stock: 40 } },
    })
    expect(checkEnrolment({ priceYuan: '99', quota: 0, perBuyerLimit: 1 }, sku).quota).toEqual({ key: 'atLeast', params: { min: 1 } })
  })

  it('holds the per-buyer limit to the quota', () => {
    expect(checkEnrolment({ priceYuan: '99', quota: 5, perBuyerLimit: 6 }, sku)).toEqual({ perBuyerLimit: { key: 'limitAboveQuota' } })
    expect(checkEnrolment({ priceYuan: '99', quota: 5, perBuyerLimit: null }, sku).perBuyerLimit).toEqual({
      key: 'atLeast',
      params: { min: 1 },
    })
  })

  it('sends the price in fen', () => {
    expect(enrolmentRequestOf({ priceYuan: '99.9', quota: 20, perBuyerLimit: 2 }, { campaignId: 'c', productId: 'p', skuCode: 's' })).toEqual({
      campaignId: 'c',
      productId: 'p',
      skuCode: 's',
      campaignPriceFen: 9990,
      quota: 20,
      perBuyerLimit: 2,
    })
  })

  it('shows the saving in whole percent', () => {
    expect(discountPercent(9600, 12800)).toBe(25)
    expect(discountPercent(12800, 12800)).toBeNull()
  })
})
