import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import type { Producer, Verification } from '@/features/producer/api'
import { producer, profile, regions } from '@/features/producer/testFixtures'
import ReviewsPage from './ReviewsPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

const qimen = producer({ id: 'p-qimen', verification: 'SUBMITTED', licenceFileId: 'f-1' })
const shexian = producer({
  id: 'p-she',
  verification: 'SUBMITTED',
  licenceFileId: 'f-2',
  creditCode: '9144030071526726XG',
  registeredAt: '2025-04-02T09:00:00Z',
  profile: profile({
    legalNameZh: '歙县徽墨厂',
    legalNameEn: null,
    type: 'TIME_HONOURED_BRAND',
    creditCode: '9144030071526726XG',
    countyCode: '341021',
  }),
})

async function mountPage(backend: Backend, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({
    ...signedInAs(['REVIEWER'], '祁门县审核员'),
    'GET /api/regions': () => jsonResponse(regions),
    ...backend,
  })
  const mounted = await mountWithHub(ReviewsPage, { path: '/reviews', locale })
  return { ...mounted, fetchMock }
}

/** A backend whose queue reflects the decisions posted to it. */
function reviewBackend(initial: Producer[] = [qimen, shexian]) {
  let all = [...initial]
  const decide = (id: string, change: Partial<Producer>) => {
    all = all.map((p) => (p.id === id ? { ...p, ...change } : p))
    return jsonResponse(all.find((p) => p.id === id))
  }
  const backend: Backend = {
    'GET /api/reviews/producers': () => jsonResponse(all.filter((p) => p.verification === 'SUBMITTED')),
    'POST /api/reviews/producers/p-qimen/verify': () => decide('p-qimen', { verification: 'VERIFIED' }),
    'POST /api/reviews/producers/p-qimen/reject': (init) =>
      decide('p-qimen', { verification: 'REJECTED', rejectionReason: JSON.parse(String(init?.body)).reason }),
  }
  return backend
}

function queueRequests(fetchMock: ReturnType<typeof stubBackend>): (string | null)[] {
  return fetchMock.mock.calls
    .map(([url]) => new URL(String(url), 'http://localhost'))
    .filter((url) => url.pathname === '/api/reviews/producers')
    .map((url) => url.searchParams.get('status'))
}

function posts(fetchMock: ReturnType<typeof stubBackend>, path: string) {
  return fetchMock.mock.calls.filter(([url, init]) => String(url) === path && init?.method === 'POST')
}

function row(wrapper: VueWrapper, name: string) {
  const found = wrapper
    .get('[data-testid="reviews-table"]')
    .findAll('tbody tr')
    .find((candidate) => candidate.find('[data-testid="review-legal-name"]').text() === name)
  if (!found) throw new Error(`no row for ${name}`)
  return found
}

function rowNames(wrapper: VueWrapper): string[] {
  return wrapper.findAll('[data-testid="review-legal-name"]').map((cell) => cell.text())
}

describe('ReviewsPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'reviewer-token')
    document.body.innerHTML = ''
  })

  it('lists the submitted producers of the reviewer’s region with what a reviewer checks', async () => {
    const { wrapper, fetchMock } = await mountPage(reviewBackend())

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('审核')
    expect(wrapper.get('[data-testid="section-subtitle"]').text()).toContain('生产主体的登记信息与营业执照')
    expect(queueRequests(fetchMock)).toEqual(['SUBMITTED'])
    expect(rowNames(wrapper)).toEqual(['祁门县祁红茶业专业合作社', '歙县徽墨厂'])
    const cells = row(wrapper, '歙县徽墨厂').findAll('td').map((cell) => cell.text())
    expect(cells.slice(1, 4)).toEqual(['中华老字号', '9144030071526726XG', '黄山市 / 歙县'])
    expect(cells[4]).toMatch(/2025/)
    const link = row(wrapper, '歙县徽墨厂').get('[data-testid="licence-link"]')
    expect(link.text()).toBe('查看执照')
    expect(link.attributes('href')).toBe('/api/producers/p-she/licence')
    expect(link.attributes('target')).toBe('_blank')
    expect(row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-verify"]').text()).toBe('通过')
    expect(row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-reject"]').text()).toBe('驳回')
  })

  it('leads reviewers to the campaign enrolments of their region', async () => {
    const { wrapper } = await mountPage(reviewBackend())
    const link = wrapper.get('[data-testid="enrolments-link"]')
    expect(link.attributes('href')).toBe('/organizer/enrolments')
    expect(link.text()).toBe('活动报名审核 →')
  })

  it('asks the server for the producers in the chosen state', async () => {
    const rejected = producer({ id: 'p-r', verification: 'REJECTED', rejectionReason: '执照过期', licenceFileId: 'f' })
    const byStatus: Partial<Record<Verification, Producer[]>> = { SUBMITTED: [qimen], REJECTED: [rejected] }
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/reviews/producers': (_init, url) =>
        jsonResponse(byStatus[url.searchParams.get('status') as Verification] ?? []),
    })

    await choose(wrapper, 'reviews-status-filter', '已驳回')

    expect(queueRequests(fetchMock)).toEqual(['SUBMITTED', 'REJECTED'])
    expect(wrapper.find('[data-testid="review-verify"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="review-rejection-reason"]').text()).toBe('执照过期')

    await choose(wrapper, 'reviews-status-filter', '已认证')

    expect(queueRequests(fetchMock).at(-1)).toBe('VERIFIED')
    expect(wrapper.get('[data-testid="reviews-empty"]').text()).toContain('您负责的地区暂无“已认证”的生产主体')
  })

  it('says so when nothing waits in the region', async () => {
    const { wrapper } = await mountPage({ 'GET /api/reviews/producers': () => jsonResponse([]) })

    expect(wrapper.get('[data-testid="reviews-empty"]').text()).toContain('您负责的地区暂无待审核的生产主体')
  })

  it('verifies a producer, confirms it and shows the queue without it', async () => {
    const { wrapper, fetchMock } = await mountPage(reviewBackend())

    await row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-verify"]').trigger('click')
    await flushPromises()

    const [post] = posts(fetchMock, '/api/reviews/producers/p-qimen/verify')
    expect(new Headers(post?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('reviewer-token')
    expect(document.querySelector('.el-message--success')?.textContent).toContain('已通过 祁门县祁红茶业专业合作社 的认证')
    expect(queueRequests(fetchMock)).toHaveLength(2)
    expect(rowNames(wrapper)).toEqual(['歙县徽墨厂'])
  })

  it('will not reject without a reason, then posts the reason given', async () => {
    const { wrapper, fetchMock } = await mountPage(reviewBackend())
    const rejectPath = '/api/reviews/producers/p-qimen/reject'

    await row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-reject"]').trigger('click')
    await flushPromises()
    const dialog = wrapper.get('[data-testid="reject-form"]')
    expect(dialog.isVisible()).toBe(true)
    expect(dialog.text()).toContain('生产主体：祁门县祁红茶业专业合作社')

    await wrapper.get('[data-testid="reject-reason"]').setValue('   ')
    await dialog.trigger('submit')
    await flushPromises()

    await vi.waitFor(() =>
      expect(dialog.find('.el-form-item__error').text()).toContain('请填写驳回原因'),
    )
    expect(posts(fetchMock, rejectPath)).toHaveLength(0)

    await wrapper.get('[data-testid="reject-reason"]').setValue(' 营业执照照片模糊，请重新上传 ')
    await dialog.trigger('submit')
    await flushPromises()

    const [post] = posts(fetchMock, rejectPath)
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ reason: '营业执照照片模糊，请重新上传' })
    expect(new Headers(post?.[1]?.headers).get('X-XSRF-TOKEN')).toBe('reviewer-token')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="reject-form"]').isVisible()).toBe(false))
    expect(document.querySelector('.el-message--success')?.textContent).toContain('已驳回 祁门县祁红茶业专业合作社')
    expect(rowNames(wrapper)).toEqual(['歙县徽墨厂'])
  })

  it('holds a reason to 500 characters', async () => {
    const { wrapper, fetchMock } = await mountPage(reviewBackend())
    await row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-reject"]').trigger('click')
    await flushPromises()

    const reason = wrapper.get('[data-testid="reject-reason"]')
    expect(reason.attributes('maxlength')).toBe('500')
    await reason.setValue('x'.repeat(500))
    await wrapper.get('[data-testid="reject-form"]').trigger('submit')
    await flushPromises()

    expect(posts(fetchMock, '/api/reviews/producers/p-qimen/reject')).toHaveLength(1)
  })

  it('explains a producer someone else has decided on (409) and shows the queue as it now is', async () => {
    const detail = 'Producer p-qimen is VERIFIED; only a SUBMITTED producer can be asked to verify.'
    let queue = [qimen, shexian]
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/reviews/producers': () => jsonResponse(queue),
      'POST /api/reviews/producers/p-qimen/verify': () => {
        queue = [shexian]
        return problemResponse({ type: '/problems/illegal-verification-step', title: 'Conflict', status: 409, detail })
      },
    })
    const error = vi.spyOn(ElMessage, 'error')

    await row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-verify"]').trigger('click')
    await flushPromises()

    expect(error).toHaveBeenCalledWith(detail)
    expect(queueRequests(fetchMock)).toHaveLength(2)
    expect(rowNames(wrapper)).toEqual(['歙县徽墨厂'])
  })

  it('explains a producer outside the region (404) when rejecting, and closes the dialog', async () => {
    const detail = 'No producer p-qimen.'
    const { wrapper } = await mountPage({
      'GET /api/reviews/producers': () => jsonResponse([qimen]),
      'POST /api/reviews/producers/p-qimen/reject': () => problemResponse({ status: 404, title: 'Not Found', detail }),
    })
    const error = vi.spyOn(ElMessage, 'error')

    await row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-reject"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="reject-reason"]').setValue('执照过期')
    await wrapper.get('[data-testid="reject-form"]').trigger('submit')
    await flushPromises()

    expect(error).toHaveBeenCalledWith(detail)
    await vi.waitFor(() => expect(wrapper.get('[data-testid="reject-form"]').isVisible()).toBe(false))
  })

  it('keeps the page title for both tabs and fits the subtitle to the open one', async () => {
    const { wrapper } = await mountPage({ ...reviewBackend(), 'GET /api/reviews/products': () => jsonResponse([]) })

    await wrapper.get('#tab-products').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('审核')
    expect(wrapper.get('[data-testid="section-subtitle"]').text()).toContain('商品的首次提交')
  })

  it('shows a re-submitted producer only what it changed since it was verified, and verifies it from the details', async () => {
    const changed = producer({
      id: 'p-qimen',
      verification: 'SUBMITTED',
      licenceFileId: 'f-1',
      profile: profile({ address: '安徽省黄山市祁门县祁山镇新街 8 号', brands: ['祁红', '祁门香'] }),
      verifiedProfile: profile(),
      history: [
        { at: '2025-04-01T08:30:00Z', actor: 'farm1', action: 'registered', changedFields: [], note: null },
        { at: '2025-04-02T08:30:00Z', actor: 'rev', action: 'verified', changedFields: [], note: null },
        { at: '2025-05-01T08:30:00Z', actor: 'farm1', action: 'edited', changedFields: ['address', 'brands'], note: null },
      ],
    })
    const { wrapper, fetchMock } = await mountPage(reviewBackend([changed, shexian]))

    expect(row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-recheck"]').text()).toBe('资料变更')
    expect(row(wrapper, '歙县徽墨厂').find('[data-testid="review-recheck"]').exists()).toBe(false)
    await row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-open"]').trigger('click')
    await flushPromises()

    const drawer = wrapper.getComponent({ name: 'ProducerReviewDrawer' })
    const rows = drawer.findAll('[data-testid="producer-diff-row"]')
    expect(rows.map((diffRow) => diffRow.attributes('data-field'))).toEqual(['address', 'brands'])
    expect(rows.map((diffRow) => diffRow.get('[data-testid="producer-diff-field"]').text())).toEqual(['详细地址', '品牌'])
    expect(rows[0]!.get('.before').text()).toBe('安徽省黄山市祁门县祁山镇')
    expect(rows[0]!.get('.after').text()).toBe('安徽省黄山市祁门县祁山镇新街 8 号')
    expect(rows[1]!.get('.after').text()).toBe('祁红 · 祁门香')
    expect(drawer.get('[data-testid="licence-link"]').attributes('href')).toBe('/api/producers/p-qimen/licence')
    expect(drawer.findAll('[data-testid="audit-action"]').map((action) => action.text())).toEqual(['修改资料', '认证通过', '登记'])

    await drawer.get('button[data-testid="producer-review-verify"]').trigger('click')
    await flushPromises()

    expect(posts(fetchMock, '/api/reviews/producers/p-qimen/verify')).toHaveLength(1)
    expect(rowNames(wrapper)).toEqual(['歙县徽墨厂'])
  })

  it('shows no comparison for a producer never verified, and rejects it from the details with a reason', async () => {
    const { wrapper, fetchMock } = await mountPage(reviewBackend())

    await row(wrapper, '祁门县祁红茶业专业合作社').get('[data-testid="review-open"]').trigger('click')
    await flushPromises()
    const drawer = wrapper.getComponent({ name: 'ProducerReviewDrawer' })
    expect(drawer.find('[data-testid="producer-review-changes"]').exists()).toBe(false)
    expect(drawer.get('[data-testid="producer-profile-address"]').text()).toBe('安徽省黄山市祁门县祁山镇')

    await drawer.get('button[data-testid="producer-review-reject"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="reject-reason"]').setValue('地址与执照不符')
    await wrapper.get('[data-testid="reject-form"]').trigger('submit')
    await flushPromises()

    const [post] = posts(fetchMock, '/api/reviews/producers/p-qimen/reject')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ reason: '地址与执照不符' })
  })

  it('offers only the details, not the decisions, for producers already decided', async () => {
    const rejected = producer({ id: 'p-r', verification: 'REJECTED', rejectionReason: '执照过期', licenceFileId: 'f' })
    const { wrapper } = await mountPage({ 'GET /api/reviews/producers': () => jsonResponse([rejected]) })
    await choose(wrapper, 'reviews-status-filter', '已驳回')

    await wrapper.get('[data-testid="review-open"]').trigger('click')
    await flushPromises()

    const drawer = wrapper.getComponent({ name: 'ProducerReviewDrawer' })
    expect(drawer.get('[data-testid="producer-review-reason"]').text()).toContain('执照过期')
    expect(drawer.find('[data-testid="producer-review-verify"]').exists()).toBe(false)
  })

  it('speaks English when asked', async () => {
    const { wrapper } = await mountPage(reviewBackend(), 'en')

    const cells = row(wrapper, '歙县徽墨厂').findAll('td').map((cell) => cell.text())
    expect(cells.slice(1, 4)).toEqual(['China Time-honoured Brand', '9144030071526726XG', 'Huangshan / She County'])
    expect(row(wrapper, '歙县徽墨厂').get('[data-testid="review-verify"]').text()).toBe('Verify')
  })
})
