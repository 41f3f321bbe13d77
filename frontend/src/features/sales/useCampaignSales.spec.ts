import { afterEach, describe, expect, it, vi } from 'vitest'
import { salesApi, type CampaignSales } from './api'
import { useCampaignSales } from './useCampaignSales'

const figures = (gmvFen: number) => ({ campaignId: 'c', gmvFen }) as CampaignSales

describe('useCampaignSales', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps the last figures and reports them stale when a refresh fails', async () => {
    const campaign = vi.spyOn(salesApi, 'campaign').mockResolvedValueOnce(figures(100)).mockRejectedValueOnce(new Error('down'))
    vi.spyOn(salesApi, 'series').mockResolvedValue([])
    const state = useCampaignSales(() => 'c', () => 'HOUR')

    await state.load()
    expect(state.status.value).toBe('done')
    await state.refresh()

    expect(campaign).toHaveBeenCalledTimes(2)
    expect(state.sales.value?.gmvFen).toBe(100)
    expect(state.stale.value).toBe(true)
    expect(state.status.value).toBe('done')
  })

  it('fails the page when the first load fails', async () => {
    vi.spyOn(salesApi, 'campaign').mockRejectedValue(new Error('down'))
    vi.spyOn(salesApi, 'series').mockResolvedValue([])
    const state = useCampaignSales(() => 'c', () => 'HOUR')

    await state.load()

    expect(state.status.value).toBe('failed')
    expect(state.sales.value).toBeNull()
  })

  it('drops an older answer that arrives after a newer one', async () => {
    let releaseFirst: (value: CampaignSales) => void = () => {}
    vi.spyOn(salesApi, 'campaign')
      .mockImplementationOnce(() => new Promise((resolve) => (releaseFirst = resolve)))
      .mockResolvedValueOnce(figures(200))
    vi.spyOn(salesApi, 'series').mockResolvedValue([])
    const state = useCampaignSales(() => 'c', () => 'HOUR')

    const first = state.refresh()
    await state.refresh()
    releaseFirst(figures(100))
    await first

    expect(state.sales.value?.gmvFen).toBe(200)
  })
})
