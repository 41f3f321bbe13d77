import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { regions } from '@/features/producer/testFixtures'
import type { CampaignSales } from '../api'
import CampaignSalesPage from './CampaignSalesPage.vue'

// Canvas drawing is not what these tests check; the chart options are covered in chartOptions.spec.ts.
vi.mock('../components/SalesChart.vue', () => ({ default: { props: ['option', 'label'], template: '<div class="chart-stub" />' } }))

function sales(overrides: Partial<CampaignSales> = {}): CampaignSales {
  return {
    campaignId: 'c-spring',
    nameZh: '春茶节',
    nameEn: 'Spring tea festival',
    status: 'LIVE',
    startsAt: '2027-03-20T10:00',
    endsAt: '2027-04-20T22:00',
    gmvTargetFen: 1_000_000,
    progress: 0.25,
    gmvFen: 250_000,
    orders: 12,
    units: 30,
    buyers: 9,
    lines: 14,
    byChannel: [{ key: 'JD', gmvFen: 150_000, units: 20, orders: 8 }],
    byPrefecture: [{ key: '341000', gmvFen: 250_000, units: 30, orders: 0 }],
    topProducts: [{ productId: 'p1', nameZh: '祁门红茶 特级', nameEn: 'Keemun', gmvFen: 250_000, units: 30 }],
    ...overrides,
  }
}

async function mountPage(shown: CampaignSales, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({
    ...signedInAs(['ORGANIZER'], '活动组织者'),
    'GET /api/regions': () => jsonResponse(regions),
    'GET /api/sales/campaigns/c-spring': () => jsonResponse(shown),
    'GET /api/sales/campaigns/c-spring/series': () => jsonResponse([{ at: '2027-03-20T10', gmvFen: 250_000, units: 30 }]),
  })
  const mounted = await mountWithHub(CampaignSalesPage, { path: '/organizer/campaigns/c-spring/sales', props: { id: 'c-spring' }, locale })
  return { ...mounted, fetchMock }
}

describe('CampaignSalesPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'organizer-token')
    document.body.innerHTML = ''
  })

  it('shows the live figures, progress to target, best sellers and export links', async () => {
    const { wrapper } = await mountPage(sales())

    expect(wrapper.get('[data-testid="kpi-gmv"]').text()).toBe('¥2,500.00')
    expect(wrapper.get('[data-testid="kpi-orders"]').text()).toBe('12')
    expect(wrapper.get('[data-testid="kpi-buyers"]').text()).toBe('9')
    expect(wrapper.get('[data-testid="sales-progress"]').text()).toContain('已完成 ¥2,500.00，目标 ¥10,000.00')
    expect(wrapper.get('[data-testid="top-products"]').text()).toContain('祁门红茶 特级')
    expect(wrapper.get('[data-testid="export-csv"]').attributes('href')).toBe('/api/sales/export?campaignId=c-spring&format=CSV&lang=zh')
    expect(wrapper.get('[data-testid="export-xlsx"]').attributes('href')).toBe('/api/sales/export?campaignId=c-spring&format=XLSX&lang=zh')
    expect(wrapper.findAll('.chart-stub')).toHaveLength(3)
  })

  it('says so when nothing has sold yet, and without a target', async () => {
    const { wrapper } = await mountPage(
      sales({ gmvFen: 0, orders: 0, units: 0, buyers: 0, lines: 0, gmvTargetFen: null, progress: null, byChannel: [], byPrefecture: [], topProducts: [] }),
      'en',
    )

    expect(wrapper.get('[data-testid="sales-empty"]').text()).toContain('No sales yet')
    expect(wrapper.get('[data-testid="sales-progress"]').text()).toContain('This campaign has no GMV target')
    expect(wrapper.get('[data-testid="export-csv"]').attributes('href')).toContain('lang=en')
    expect(wrapper.find('.chart-stub').exists()).toBe(false)
  })

  it('refreshes by itself every few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      const { fetchMock } = await mountPage(sales())
      const figureCalls = () => fetchMock.mock.calls.filter(([url]) => String(url) === '/api/sales/campaigns/c-spring').length
      expect(figureCalls()).toBe(1)
      vi.advanceTimersByTime(5000)
      await flushPromises()
      expect(figureCalls()).toBe(2)
    } finally {
      vi.useRealTimers()
    }
  })
})
