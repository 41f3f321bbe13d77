import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import type { Calendar } from '../api'
import { calendarCampaign } from '../testFixtures'
import CampaignCalendarPage from './CampaignCalendarPage.vue'

const spring = calendarCampaign({ id: 'spring', nameZh: '春茶上新季', startsAt: '2025-04-01T10:00', endsAt: '2025-04-10T22:00' })
const group = calendarCampaign({
  id: 'group',
  nameZh: '黄山茶抱团促销',
  type: 'GROUP_PROMOTION',
  status: 'OPEN',
  startsAt: '2025-04-08T00:00',
  endsAt: '2025-04-15T00:00',
})
const calendar: Calendar = {
  campaigns: [spring, group],
  harvestWindows: [
    { kind: 'PRE_QINGMING', from: '2025-03-05', to: '2025-04-03' },
    { kind: 'PRE_GUYU', from: '2025-04-04', to: '2025-04-19' },
  ],
  conflicts: [{ campaignIds: ['spring', 'group'], channels: ['PAVILION', 'TAOBAO'], reason: 'SHARED_SKU' }],
}

async function mountCalendar() {
  const fetchMock = stubBackend({
    ...signedInAs(['ORGANIZER']),
    'GET /api/campaigns/calendar': () => jsonResponse(calendar),
    'GET /api/campaigns/spring': () => jsonResponse({}),
  })
  const mounted = await mountWithHub(CampaignCalendarPage, { path: '/organizer/calendar' })
  return { ...mounted, fetchMock }
}

const asked = (fetchMock: ReturnType<typeof stubBackend>) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/campaigns/calendar'))

const harvestOf = (wrapper: VueWrapper, date: string) =>
  wrapper.get(`[data-testid="calendar-day"][data-date="${date}"]`).attributes('data-harvest')

describe('CampaignCalendarPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    document.body.innerHTML = ''
    // 2025-04-09 in Shanghai although it is still the 8th in UTC.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-04-08T17:00:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it('shows this month in Shanghai as whole weeks with the campaigns as bars and the harvest windows shaded', async () => {
    const { wrapper, fetchMock } = await mountCalendar()

    expect(asked(fetchMock)).toEqual(['/api/campaigns/calendar?from=2025-03-31&to=2025-05-04'])
    expect(wrapper.get('[data-testid="calendar-label"]').text()).toBe('2025年4月')
    expect(wrapper.findAll('[data-testid="calendar-week"]')).toHaveLength(5)
    expect(harvestOf(wrapper, '2025-04-03')).toBe('PRE_QINGMING')
    expect(harvestOf(wrapper, '2025-04-04')).toBe('PRE_GUYU')
    expect(harvestOf(wrapper, '2025-04-20')).toBeUndefined()
    expect(wrapper.get('[data-testid="calendar-day"][data-date="2025-04-04"]').attributes('title')).toBe('雨前茶')
    const secondWeek = wrapper.findAll('[data-testid="calendar-week"]')[1]!
    expect(secondWeek.findAll('[data-testid="calendar-bar"]').map((bar) => bar.attributes('style'))).toEqual([
      'grid-column: 1 / span 4; grid-row: 2;',
      'grid-column: 2 / span 6; grid-row: 3;',
    ])
  })

  it('outlines and lists the campaigns in conflict with the reason and the shared channels', async () => {
    const { wrapper } = await mountCalendar()

    const bars = wrapper.findAll('[data-testid="calendar-bar"]')
    expect(new Set(bars.map((bar) => bar.attributes('data-conflicted')))).toEqual(new Set(['true']))
    const conflict = wrapper.get('[data-testid="calendar-conflict"]')
    expect(conflict.text()).toContain('春茶上新季×黄山茶抱团促销')
    expect(conflict.get('[data-testid="calendar-conflict-reason"]').text()).toBe('有同一商品规格报名 · 渠道：安徽馆、淘宝/天猫')
  })

  it('shows a week, pages through weeks and filters by channel', async () => {
    const { wrapper, fetchMock } = await mountCalendar()

    await wrapper.get('[data-testid="calendar-view-week"] input').setValue(true)
    await flushPromises()
    expect(wrapper.get('[data-testid="calendar-label"]').text()).toBe('2025年4月7日 – 2025年4月13日')
    await wrapper.get('button[data-testid="calendar-next"]').trigger('click')
    await flushPromises()
    await choose(wrapper, 'calendar-channel-filter', '京东')

    expect(asked(fetchMock)).toEqual([
      '/api/campaigns/calendar?from=2025-03-31&to=2025-05-04',
      '/api/campaigns/calendar?from=2025-04-07&to=2025-04-13',
      '/api/campaigns/calendar?from=2025-04-14&to=2025-04-20',
      '/api/campaigns/calendar?from=2025-04-14&to=2025-04-20&channel=JD',
    ])
    expect(wrapper.findAll('[data-testid="calendar-week"]')).toHaveLength(1)
  })

  it('opens a campaign from its bar', async () => {
    const { wrapper, router } = await mountCalendar()

    await wrapper.get('[data-testid="calendar-bar"][data-campaign-id="spring"]').trigger('click')

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/organizer/campaigns/spring'))
  })
})
