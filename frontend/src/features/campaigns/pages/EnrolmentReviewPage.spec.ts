import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import { regions } from '@/features/producer/testFixtures'
import type { Enrolment } from '../api'
import { campaign, enrolment } from '../testFixtures'
import EnrolmentReviewPage from './EnrolmentReviewPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

const qimen = enrolment()
const shexian = enrolment({
  id: 'e-2',
  skuCode: 'HS-100',
  campaignPriceFen: 6800,
  product: { nameZh: '黄山毛峰', nameEn: 'Huangshan Maofeng', producerId: 'p-2', producerNameZh: '歙县茶业', region: '341021' },
  sku: { spec: '100 克', listPriceFen: 8800, stock: 30 },
})

/** A backend whose pending list reflects the decisions posted to it. */
function reviewBackend(initial: Enrolment[] = [qimen, shexian]): Backend {
  let all = [...initial]
  const decide = (id: string, change: Partial<Enrolment>) => {
    all = all.map((e) => (e.id === id ? { ...e, ...change } : e))
    return jsonResponse(all.find((e) => e.id === id))
  }
  return {
    'GET /api/enrolments': (_init, url) => {
      const items = all.filter((e) => e.status === url.searchParams.get('status'))
      return jsonResponse({ items, total: items.length, page: 0, size: 50 })
    },
    'POST /api/enrolments/e-1/approve': () => decide('e-1', { status: 'APPROVED', reservation: 'ACTIVE' }),
    'POST /api/enrolments/e-2/reject': (init) => decide('e-2', { status: 'REJECTED', reason: JSON.parse(String(init?.body)).reason }),
  }
}

async function mountQueue(backend: Backend, roles = ['ORGANIZER'], path = '/organizer/enrolments') {
  const fetchMock = stubBackend({
    ...signedInAs(roles),
    'GET /api/regions': () => jsonResponse(regions),
    'GET /api/campaigns': () => jsonResponse({ items: [campaign(), campaign({ id: 'c-flash', nameZh: '秒杀专场' })], total: 2, page: 0, size: 100 }),
    ...backend,
  })
  const mounted = await mountWithHub(EnrolmentReviewPage, { path })
  await flushPromises()
  return { ...mounted, fetchMock }
}

const names = (wrapper: Awaited<ReturnType<typeof mountQueue>>['wrapper']) =>
  wrapper.findAll('[data-testid="enrolment-product"]').map((cell) => cell.text())

describe('EnrolmentReviewPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'organizer-token')
    document.body.innerHTML = ''
  })

  it('lists pending enrolments with the prices, quota and producer a decision rests on', async () => {
    const { wrapper } = await mountQueue(reviewBackend())

    expect(names(wrapper)).toEqual(['祁门红茶 特级', '黄山毛峰'])
    const first = wrapper.findAll('tbody tr')[0]!
    expect(first.get('[data-testid="enrolment-campaign"]').text()).toBe('春茶上新季')
    expect(first.get('[data-testid="enrolment-prices"]').text()).toBe('¥128.00 → ¥99.00')
    expect(first.text()).toContain('省 23%')
    expect(first.get('[data-testid="enrolment-quota"]').text()).toBe('20 / 50')
    expect(first.text()).toContain('祁门县')
  })

  it('approves an enrolment and drops it from the pending list', async () => {
    const { wrapper, fetchMock } = await mountQueue(reviewBackend())

    await wrapper.findAll('button[data-testid="enrolment-approve"]')[0]!.trigger('click')
    await flushPromises()

    expect(fetchMock.mock.calls.filter(([url]) => String(url) === '/api/enrolments/e-1/approve')).toHaveLength(1)
    expect(names(wrapper)).toEqual(['黄山毛峰'])
    expect(document.querySelector('.el-message--success')?.textContent).toContain('已通过「祁门红茶 特级」的报名')
  })

  it('rejects only with a reason, which the producer will read', async () => {
    const { wrapper, fetchMock } = await mountQueue(reviewBackend())

    await wrapper.findAll('button[data-testid="enrolment-reject"]')[1]!.trigger('click')
    await flushPromises()
    const form = wrapper.get('[data-testid="enrolment-reject-form"]')
    expect(form.text()).toContain('报名：黄山毛峰')
    await form.trigger('submit')
    await vi.waitFor(() => expect(form.find('.el-form-item__error').text()).toBe('请填写驳回原因'))

    await wrapper.get('[data-testid="enrolment-reject-reason"]').setValue('活动价低于成本价')
    await form.trigger('submit')
    await flushPromises()

    const post = fetchMock.mock.calls.find(([url]) => String(url) === '/api/enrolments/e-2/reject')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ reason: '活动价低于成本价' })
    expect(names(wrapper)).toEqual(['祁门红茶 特级'])
  })

  it('explains a quota the stock no longer covers and lists afresh', async () => {
    const { wrapper, fetchMock } = await mountQueue({
      ...reviewBackend(),
      'POST /api/enrolments/e-1/approve': () =>
        problemResponse({ type: '/problems/quota-exceeds-stock', status: 409, detail: '库存已不足配额 20' }),
    })

    await wrapper.findAll('button[data-testid="enrolment-approve"]')[0]!.trigger('click')
    await flushPromises()

    expect(document.querySelector('.el-message--error')?.textContent).toContain('库存已不足配额 20')
    expect(fetchMock.mock.calls.filter(([url]) => String(url).startsWith('/api/enrolments?'))).toHaveLength(2)
  })

  it('filters by state and by the campaign named in the address', async () => {
    const { wrapper, fetchMock } = await mountQueue(reviewBackend(), ['ORGANIZER'], '/organizer/enrolments?campaign=c-flash')

    await choose(wrapper, 'enrolment-status-filter', '已驳回')

    const asked = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/enrolments?'))
    expect(asked).toEqual([
      '/api/enrolments?status=PENDING&campaignId=c-flash&page=0&size=50',
      '/api/enrolments?status=REJECTED&campaignId=c-flash&page=0&size=50',
    ])
    expect(wrapper.get('[data-testid="enrolments-empty"]').text()).toContain('没有“已驳回”的报名')
  })

  it('lets a reviewer decide without listing campaigns, which only organizers may', async () => {
    const { wrapper, fetchMock } = await mountQueue(reviewBackend(), ['REVIEWER'])

    expect(names(wrapper)).toHaveLength(2)
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/campaigns'))).toBe(false)
    expect(wrapper.find('[data-testid="enrolment-campaign-filter"]').exists()).toBe(false)
  })
})
