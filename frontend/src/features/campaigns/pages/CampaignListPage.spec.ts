import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import type { Campaign } from '../api'
import { campaign } from '../testFixtures'
import CampaignListPage from './CampaignListPage.vue'

async function mountList(answer: (url: URL) => { items: Campaign[]; total: number }, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({
    ...signedInAs(['ORGANIZER']),
    'GET /api/campaigns': (_init, url) => jsonResponse({ ...answer(url), page: Number(url.searchParams.get('page')), size: 20 }),
  })
  const mounted = await mountWithHub(CampaignListPage, { path: '/organizer/campaigns', locale })
  return { ...mounted, fetchMock }
}

const queries = (fetchMock: ReturnType<typeof stubBackend>) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/campaigns'))

describe('CampaignListPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('lists campaigns with type, status, Shanghai times, channels and pending enrolments', async () => {
    const { wrapper } = await mountList(() => ({
      items: [campaign({ status: 'OPEN', enrolmentCounts: { PENDING: 2 } }), campaign({ id: 'c-2', nameZh: '徽州文化节', type: 'CULTURAL' })],
      total: 2,
    }))

    expect(wrapper.findAll('[data-testid="campaign-name"]').map((cell) => cell.text())).toEqual(['春茶上新季', '徽州文化节'])
    expect(wrapper.findAll('[data-testid="campaign-status"]').map((cell) => cell.text())).toEqual(['报名中', '草稿'])
    expect(wrapper.get('[data-testid="campaign-schedule"]').text()).toBe('2025年3月20日 10:00 – 2025年4月20日 22:00')
    expect(wrapper.findAll('[data-testid="campaign-pending"]').map((tag) => tag.text())).toEqual(['2 待审'])
    expect(wrapper.find('[data-testid="campaigns-pager"]').exists()).toBe(false)
  })

  it('speaks English with English names', async () => {
    const { wrapper } = await mountList(() => ({ items: [campaign({ status: 'LIVE' })], total: 1 }), 'en')

    expect(wrapper.get('[data-testid="campaign-name"]').text()).toBe('Spring Tea Season')
    expect(wrapper.get('[data-testid="campaign-status"]').text()).toBe('Live')
    expect(wrapper.get('[data-testid="campaign-schedule"]').text()).toBe('Mar 20, 2025, 10:00 – Apr 20, 2025, 22:00')
  })

  it('asks the server for the chosen filters from the first page, and for the next page', async () => {
    const { wrapper, fetchMock } = await mountList(() => ({ items: [campaign()], total: 45 }))

    await wrapper.get('[data-testid="campaigns-pager"] .btn-next').trigger('click')
    await flushPromises()
    await choose(wrapper, 'campaign-status-filter', '进行中')
    await choose(wrapper, 'campaign-channel-filter', '京东')

    expect(queries(fetchMock)).toEqual([
      '/api/campaigns?page=0&size=20',
      '/api/campaigns?page=1&size=20',
      '/api/campaigns?status=LIVE&page=0&size=20',
      '/api/campaigns?status=LIVE&channel=JD&page=0&size=20',
    ])
  })

  it('tells an empty list from a filter that matches nothing', async () => {
    const { wrapper } = await mountList((url) => ({ items: url.searchParams.has('type') ? [] : [], total: 0 }))

    expect(wrapper.get('[data-testid="campaigns-empty"]').text()).toContain('还没有活动')
    await choose(wrapper, 'campaign-type-filter', '秒杀')
    expect(wrapper.get('[data-testid="campaigns-empty"]').text()).toContain('没有符合筛选条件的活动')
  })
})
