import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { producer } from '@/features/producer/testFixtures'
import type { Problem } from '@/shared/api'
import { eligibleProduct, enrolment, openCampaign } from '../testFixtures'
import ProducerCampaignsPage from './ProducerCampaignsPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

const verified = producer({ id: 'p-1', verification: 'VERIFIED' })

async function mountPage(backend: Backend = {}) {
  const fetchMock = stubBackend({
    ...signedInAs(['PRODUCER'], '汪师傅'),
    'GET /api/producers/mine': () => jsonResponse([producer({ id: 'p-0' }), verified]),
    'GET /api/campaigns/open': () => jsonResponse([openCampaign()]),
    'GET /api/enrolments': () => jsonResponse({ items: [], total: 0, page: 0, size: 100 }),
    ...backend,
  })
  const mounted = await mountWithHub(ProducerCampaignsPage, { path: '/producer/campaigns' })
  await flushPromises()
  return { ...mounted, fetchMock }
}

async function fill(wrapper: VueWrapper, price: string, quota: number, limit: number): Promise<void> {
  const form = wrapper.get('[data-testid="enrol-form"][data-sku="QM-250"]')
  await form.get('input[data-testid="enrol-price"]').setValue(price)
  await form.get('[data-testid="enrol-quota"] input').setValue(String(quota))
  await form.get('[data-testid="enrol-limit"] input').setValue(String(limit))
  await form.trigger('submit')
  await flushPromises()
}

const refusedWith = (problem: Problem & Record<string, unknown>) => ({ 'POST /api/enrolments': () => problemResponse(problem) })

describe('ProducerCampaignsPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('lists the campaigns open to the account’s verified producer with its eligible SKUs', async () => {
    const { wrapper, fetchMock } = await mountPage()

    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain('/api/campaigns/open?producerId=p-1')
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain('/api/enrolments?producerId=p-1&size=100')
    expect(wrapper.get('[data-testid="open-campaign-name"]').text()).toBe('春茶上新季')
    expect(wrapper.get('[data-testid="open-campaign-schedule"]').text()).toBe('2025年3月20日 10:00 – 2025年4月20日 22:00 · 安徽馆、淘宝/天猫')
    expect(wrapper.get('[data-testid="enrol-available"]').text()).toBe('可用库存 40')
  })

  it('checks the price, quota and limit before sending, and sends the price in fen', async () => {
    const { wrapper, fetchMock } = await mountPage({
      'POST /api/enrolments': (init) => jsonResponse(enrolment({ ...JSON.parse(String(init?.body)) }), 201),
    })

    await fill(wrapper, '128', 41, 2)
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((error) => error.text())).toEqual(['活动价必须低于当前售价', '配额不能超过可用库存 40']),
    )
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)

    await fill(wrapper, '99.5', 40, 2)
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      campaignId: 'c-spring',
      productId: 'prod-1',
      skuCode: 'QM-250',
      campaignPriceFen: 9950,
      quota: 40,
      perBuyerLimit: 2,
    })
    expect(document.querySelector('.el-message--success')?.textContent).toContain('已为「祁门红茶 特级」提交报名')
  })

  it('names the overlapping campaign the server answers with', async () => {
    const { wrapper } = await mountPage(
      refusedWith({ type: '/problems/enrolment-overlap', status: 409, detail: 'SKU QM-250 …', conflictingCampaignId: 'c-g', conflictingCampaignName: '黄山茶抱团促销' }),
    )

    await fill(wrapper, '99', 10, 2)

    expect(wrapper.get('[data-testid="enrol-refusal"]').text()).toContain('该规格已参加时间重叠的活动「黄山茶抱团促销」')
  })

  it('translates why a product is not eligible', async () => {
    const { wrapper } = await mountPage(refusedWith({ type: '/problems/not-eligible', status: 422, reasons: ['GEOGRAPHICAL_INDICATION', 'REGION'] }))

    await fill(wrapper, '99', 10, 2)

    expect(wrapper.get('[data-testid="enrol-refusal"]').text()).toContain('不符合报名条件：活动要求地理标志产品、产地不在活动地区内')
  })

  it('shows the producer’s enrolments with their state, reason and reservation, and withdraws one', async () => {
    let withdrawn = false
    const rejected = enrolment({ id: 'e-r', status: 'REJECTED', reason: '价格偏高' })
    const approved = enrolment({ id: 'e-a', status: 'APPROVED', reservation: 'ACTIVE', campaign: { ...enrolment().campaign, status: 'CLOSED' } })
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/campaigns/open': () =>
        jsonResponse([openCampaign({ eligibleProducts: [eligibleProduct({ skus: [{ ...eligibleProduct().skus[0]!, enrolmentId: 'e-a', enrolmentStatus: 'APPROVED' }] })] })]),
      'GET /api/enrolments': () =>
        jsonResponse({ items: [rejected, withdrawn ? { ...approved, status: 'WITHDRAWN', reservation: 'RELEASED' } : approved], total: 2, page: 0, size: 100 }),
      'POST /api/enrolments/e-a/withdraw': () => ((withdrawn = true), jsonResponse(approved)),
    })

    expect(wrapper.get('[data-testid="sku-enrolled"]').text()).toContain('已通过')
    expect(wrapper.find('[data-testid="enrol-form"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="my-enrolment-reason"]').text()).toBe('驳回原因：价格偏高')
    expect(wrapper.findAll('[data-testid="my-enrolment-reservation"]').map((cell) => cell.text())).toEqual(['未预留', '配额已预留'])
    expect(wrapper.findAll('button[data-testid="my-enrolment-withdraw"]')).toHaveLength(1)

    await wrapper.get('button[data-testid="my-enrolment-withdraw"]').trigger('click')
    await flushPromises()
    ;(document.querySelector('.el-message-box__btns .el-button--primary') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url) === '/api/enrolments/e-a/withdraw')).toBe(true))
    await flushPromises()

    await vi.waitFor(() =>
      expect(wrapper.findAll('[data-testid="my-enrolment-reservation"]').map((cell) => cell.text())).toEqual(['未预留', '配额已释放']),
    )
  })

  it('explains that only a verified producer can enrol', async () => {
    const { wrapper, fetchMock } = await mountPage({ 'GET /api/producers/mine': () => jsonResponse([producer({ verification: 'SUBMITTED' })]) })

    expect(wrapper.get('[data-testid="campaigns-no-producer"]').text()).toContain('认证通过后即可报名活动')
    expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/campaigns/open'))).toBe(false)
  })
})
