import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { regions } from '@/features/producer/testFixtures'
import type { Campaign, Enrolment } from '../api'
import { campaign, enrolment } from '../testFixtures'
import CampaignDetailPage from './CampaignDetailPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

async function mountDetail(shown: Campaign, backend: Backend = {}, enrolments: Enrolment[] = []) {
  const fetchMock = stubBackend({
    ...signedInAs(['ORGANIZER'], '活动组织者'),
    'GET /api/regions': () => jsonResponse(regions),
    [`GET /api/campaigns/${shown.id}`]: () => jsonResponse(shown),
    'GET /api/enrolments': () => jsonResponse({ items: enrolments, total: enrolments.length, page: 0, size: 100 }),
    ...backend,
  })
  const mounted = await mountWithHub(CampaignDetailPage, { path: `/organizer/campaigns/${shown.id}`, props: { id: shown.id } })
  return { ...mounted, fetchMock }
}

const posted = (fetchMock: ReturnType<typeof stubBackend>, path: string) =>
  fetchMock.mock.calls.filter(([url, init]) => String(url) === path && init?.method === 'POST')

describe('CampaignDetailPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'organizer-token')
    document.body.innerHTML = ''
  })

  it('shows the campaign’s status, Shanghai schedule, eligibility and the buttons the server allows', async () => {
    const { wrapper } = await mountDetail(campaign({ allowedActions: ['cancel', 'open', 'edit'] }))

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('春茶上新季 草稿')
    expect(wrapper.get('[data-testid="summary-schedule"]').text()).toBe('2025年3月20日 10:00 – 2025年4月20日 22:00')
    expect(wrapper.get('[data-testid="summary-regions"]').text()).toBe('黄山市、341500')
    expect(wrapper.get('[data-testid="summary-gi"]').text()).toBe('仅限地理标志产品')
    expect(wrapper.get('[data-testid="summary-tiers"]').text()).toBe('满 ¥300.00 减 ¥30.00')
    expect(wrapper.findAll('[data-testid^="campaign-action-"]').map((button) => button.text())).toEqual(['编辑', '开放报名', '取消活动'])
  })

  it('opens enrolment and shows the campaign as the server answers', async () => {
    const opened = campaign({ status: 'OPEN', allowedActions: ['close', 'cancel'], history: [...campaign().history, { at: '2025-03-02T02:00:00Z', actor: 'organizer1', action: 'opened' }] })
    const { wrapper, fetchMock } = await mountDetail(campaign(), { 'POST /api/campaigns/c-spring/open': () => jsonResponse(opened) })

    await wrapper.get('button[data-testid="campaign-action-open"]').trigger('click')
    await flushPromises()

    expect(posted(fetchMock, '/api/campaigns/c-spring/open')).toHaveLength(1)
    expect(wrapper.get('[data-testid="campaign-status"]').text()).toBe('报名中')
    expect(wrapper.findAll('[data-testid^="campaign-action-"]').map((button) => button.text())).toEqual(['截止报名', '取消活动'])
    expect(wrapper.findAll('[data-testid="audit-action"]').map((action) => action.text())).toEqual(['开放报名', '创建草稿'])
  })

  it('cancels only with a reason', async () => {
    const { wrapper, fetchMock } = await mountDetail(campaign(), {
      'POST /api/campaigns/c-spring/cancel': () => jsonResponse(campaign({ status: 'CANCELLED', allowedActions: [] })),
    })

    await wrapper.get('button[data-testid="campaign-action-cancel"]').trigger('click')
    await flushPromises()
    const form = wrapper.get('[data-testid="campaign-cancel-form"]')
    await form.trigger('submit')
    await vi.waitFor(() => expect(form.find('.el-form-item__error').text()).toBe('请填写取消原因'))
    expect(posted(fetchMock, '/api/campaigns/c-spring/cancel')).toHaveLength(0)

    await wrapper.get('[data-testid="campaign-cancel-reason"]').setValue('茶叶减产')
    await form.trigger('submit')
    await flushPromises()

    expect(JSON.parse(String(posted(fetchMock, '/api/campaigns/c-spring/cancel')[0]?.[1]?.body))).toEqual({ reason: '茶叶减产' })
    expect(wrapper.get('[data-testid="campaign-status"]').text()).toBe('已取消')
    expect(wrapper.find('[data-testid="campaign-actions"]').exists()).toBe(false)
  })

  it('explains an illegal transition and shows where the campaign stands now', async () => {
    let current = campaign({ status: 'CLOSED', allowedActions: ['schedule', 'reopen', 'cancel'] })
    const { wrapper } = await mountDetail(current, {
      'GET /api/campaigns/c-spring': () => jsonResponse(current),
      'POST /api/campaigns/c-spring/schedule': () => {
        current = campaign({ status: 'CANCELLED', allowedActions: [] })
        return problemResponse({
          type: '/problems/illegal-campaign-transition',
          status: 409,
          detail: 'Campaign c-spring is CANCELLED',
          currentStatus: 'CANCELLED',
        } as never)
      },
    })

    await wrapper.get('button[data-testid="campaign-action-schedule"]').trigger('click')
    await flushPromises()

    expect(document.querySelector('.el-message--error')?.textContent).toContain('Campaign c-spring is CANCELLED')
    expect(wrapper.get('[data-testid="campaign-status"]').text()).toBe('已取消')
  })

  it('lists the campaign’s enrolments with their counts and approves a pending one', async () => {
    const pending = enrolment()
    const { wrapper, fetchMock } = await mountDetail(
      campaign({ status: 'OPEN', enrolmentCounts: { PENDING: 1, APPROVED: 3 } }),
      { 'POST /api/enrolments/e-1/approve': () => jsonResponse(enrolment({ status: 'APPROVED', reservation: 'ACTIVE' })) },
      [pending],
    )

    expect(wrapper.findAll('[data-testid="enrolment-count"]').map((tag) => tag.text())).toEqual(['待审核 1', '已通过 3'])
    expect(wrapper.get('[data-testid="campaign-review-link"]').attributes('href')).toBe('/organizer/enrolments?campaign=c-spring')
    const listed = fetchMock.mock.calls.find(([url]) => String(url).startsWith('/api/enrolments?'))
    expect(String(listed?.[0])).toBe('/api/enrolments?campaignId=c-spring&size=100')
    expect(wrapper.get('[data-testid="enrolment-prices"]').text()).toBe('¥128.00 → ¥99.00')

    await wrapper.get('button[data-testid="enrolment-approve"]').trigger('click')
    await flushPromises()
    expect(posted(fetchMock, '/api/enrolments/e-1/approve')).toHaveLength(1)
  })
})
