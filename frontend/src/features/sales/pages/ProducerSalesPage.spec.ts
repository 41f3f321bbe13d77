import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { jsonResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { producer } from '@/features/producer/testFixtures'
import type { ProducerSales } from '../api'
import ProducerSalesPage from './ProducerSalesPage.vue'

vi.mock('../components/SalesChart.vue', () => ({ default: { props: ['option', 'label'], template: '<div class="chart-stub" />' } }))

function sales(overrides: Partial<ProducerSales> = {}): ProducerSales {
  return {
    producerId: null,
    from: null,
    to: null,
    gmvFen: 39_600,
    orders: 2,
    units: 4,
    lines: 3,
    byChannel: [{ key: 'JD', gmvFen: 39_600, units: 4, orders: 2 }],
    byCampaign: [
      { key: 'c-spring', gmvFen: 29_700, units: 3, orders: 0 },
      { key: null, gmvFen: 9_900, units: 1, orders: 0 },
    ],
    campaignNames: { 'c-spring': ['春茶节', 'Spring tea festival'] },
    topProducts: [{ productId: 'p1', nameZh: '祁门红茶 特级', nameEn: 'Keemun', gmvFen: 39_600, units: 4 }],
    series: [{ at: '2027-03-20', gmvFen: 39_600, units: 4 }],
    ...overrides,
  }
}

async function mountPage(shown: ProducerSales, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({
    ...signedInAs(['PRODUCER'], '祁红合作社'),
    'GET /api/producers/mine': () => jsonResponse([producer()]),
    'GET /api/sales/producers': () => jsonResponse(shown),
  })
  const mounted = await mountWithHub(ProducerSalesPage, { path: '/producer/sales', locale })
  return { ...mounted, fetchMock }
}

describe('ProducerSalesPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('shows the totals, sales by campaign with names and sales outside campaigns', async () => {
    const { wrapper } = await mountPage(sales(), 'en')

    expect(wrapper.get('[data-testid="kpi-gmv"]').text()).toBe('¥396.00')
    expect(wrapper.get('[data-testid="kpi-units"]').text()).toBe('4')
    expect(wrapper.find('[data-testid="kpi-buyers"]').exists()).toBe(false)
    const campaigns = wrapper.get('[data-testid="sales-campaigns"]').text()
    expect(campaigns).toContain('Spring tea festival')
    expect(campaigns).toContain('Outside campaigns')
    expect(wrapper.get('[data-testid="top-products"]').text()).toContain('Keemun')
    expect(wrapper.get('[data-testid="export-xlsx"]').attributes('href')).toBe('/api/sales/export?format=XLSX&lang=en')
  })

  it('says so when nothing has sold', async () => {
    const { wrapper } = await mountPage(sales({ gmvFen: 0, orders: 0, units: 0, lines: 0, byChannel: [], byCampaign: [], topProducts: [], series: [] }))

    expect(wrapper.get('[data-testid="sales-empty"]').text()).toContain('暂无销售')
    expect(wrapper.find('.chart-stub').exists()).toBe(false)
  })
})
