import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { Producer } from '../api'
import { producer, profile, regions } from '../testFixtures'
import MyProducersPage from './MyProducersPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

async function mountPage(backend: Backend, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({
    ...signedInAs(['PRODUCER'], '汪师傅'),
    'GET /api/regions': () => jsonResponse(regions),
    ...backend,
  })
  const mounted = await mountWithHub(MyProducersPage, { path: '/producer', locale })
  return { ...mounted, fetchMock }
}

function card(wrapper: VueWrapper, id: string) {
  return wrapper.get(`[data-testid="producer-card"][data-producer-id="${id}"]`)
}

const rejectionReason = '营业执照照片模糊，请重新上传'
const mine: Producer[] = [
  producer({ id: 'p-rejected', verification: 'REJECTED', licenceFileId: 'f-1', rejectionReason, reviewedBy: 'rev' }),
  producer({
    id: 'p-verified',
    verification: 'VERIFIED',
    licenceFileId: 'f-2',
    profile: profile({ legalNameZh: '歙县徽墨厂', legalNameEn: null, type: 'TIME_HONOURED_BRAND', countyCode: '341021' }),
  }),
  producer({ id: 'p-submitted', verification: 'SUBMITTED', licenceFileId: 'f-3' }),
  producer({ id: 'p-new', verification: 'AWAITING_LICENCE', profile: profile({ countyCode: null }) }),
]

describe('MyProducersPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('lists the account’s producers with their verification as coloured tags', async () => {
    const { wrapper } = await mountPage({ 'GET /api/producers/mine': () => jsonResponse(mine) })

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('我的生产主体')
    const tags = wrapper.findAll('[data-testid="verification-tag"]')
    expect(tags.map((tag) => tag.text())).toEqual(['已驳回', '已认证', '审核中', '待上传执照'])
    expect(tags.map((tag) => tag.classes().find((name) => /^el-tag--(info|warning|success|danger)$/.test(name)))).toEqual([
      'el-tag--danger',
      'el-tag--success',
      'el-tag--warning',
      'el-tag--info',
    ])
    const verified = card(wrapper, 'p-verified')
    expect(verified.get('[data-testid="producer-name"]').text()).toBe('歙县徽墨厂')
    expect(verified.text()).toContain('中华老字号')
    expect(verified.get('[data-testid="producer-region"]').text()).toBe('黄山市 / 歙县')
    expect(card(wrapper, 'p-new').get('[data-testid="producer-region"]').text()).toBe('黄山市')
    expect(card(wrapper, 'p-new').get('[data-testid="producer-next-step"]').text()).toContain('请上传营业执照')
  })

  it('puts the reviewer’s reason for a rejection first, with what to do about it', async () => {
    const { wrapper } = await mountPage({ 'GET /api/producers/mine': () => jsonResponse(mine) })

    const rejected = card(wrapper, 'p-rejected')
    const notice = rejected.get('[data-testid="rejection-notice"]')
    expect(notice.text()).toContain('审核未通过')
    expect(notice.get('[data-testid="rejection-reason"]').text()).toBe(rejectionReason)
    expect(notice.text()).toContain('请按审核意见修改资料或重新上传营业执照')
    expect(rejected.find('[data-testid="licence-upload"]').exists()).toBe(true)
    expect(rejected.get('[data-testid="licence-upload-button"]').text()).toBe('重新上传营业执照')
    for (const id of ['p-verified', 'p-submitted', 'p-new']) {
      expect(card(wrapper, id).find('[data-testid="rejection-notice"]').exists()).toBe(false)
    }
  })

  it('links to the uploaded licence in a new tab, and offers an upload where one is still wanted', async () => {
    const { wrapper } = await mountPage({ 'GET /api/producers/mine': () => jsonResponse(mine) })

    const link = card(wrapper, 'p-submitted').get('[data-testid="licence-link"]')
    expect(link.attributes('href')).toBe('/api/producers/p-submitted/licence')
    expect(link.attributes('target')).toBe('_blank')
    expect(link.attributes('rel')).toContain('noopener')
    expect(card(wrapper, 'p-new').find('[data-testid="licence-link"]').exists()).toBe(false)
    expect(card(wrapper, 'p-new').get('[data-testid="licence-upload-button"]').text()).toBe('上传营业执照')
    expect(card(wrapper, 'p-verified').find('[data-testid="licence-upload"]').exists()).toBe(false)
  })

  it('shows a producer as under review once its licence is uploaded', async () => {
    const awaiting = producer({ id: 'p-new' })
    const { wrapper } = await mountPage({
      'GET /api/producers/mine': () => jsonResponse([awaiting]),
      'PUT /api/producers/p-new/licence': () =>
        jsonResponse({ ...awaiting, verification: 'SUBMITTED', licenceFileId: 'f-9', version: 1 }),
    })
    const input = card(wrapper, 'p-new').get('input[type="file"]')
    Object.defineProperty(input.element, 'files', {
      value: [new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'licence.png', { type: 'image/png' })],
    })

    await input.trigger('change')
    await flushPromises()

    expect(card(wrapper, 'p-new').get('[data-testid="verification-tag"]').text()).toBe('审核中')
    expect(card(wrapper, 'p-new').find('[data-testid="licence-link"]').exists()).toBe(true)
  })

  it('invites an account without producers to register one', { timeout: 20_000 }, async () => {
    const { wrapper, router } = await mountPage({ 'GET /api/producers/mine': () => jsonResponse([]) })

    const empty = wrapper.get('[data-testid="producers-empty"]')
    expect(empty.text()).toContain('您还没有登记生产主体')
    await empty.get('[data-testid="producer-register"]').trigger('click')

    // The form's page loads lazily, which takes a while the first time.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('producer-new'), { timeout: 15_000 })
  })

  it('speaks English when asked', async () => {
    const { wrapper } = await mountPage({ 'GET /api/producers/mine': () => jsonResponse(mine) }, 'en')

    expect(wrapper.findAll('[data-testid="verification-tag"]').map((tag) => tag.text())).toEqual([
      'Rejected',
      'Verified',
      'Under review',
      'Licence needed',
    ])
    expect(card(wrapper, 'p-verified').get('[data-testid="producer-region"]').text()).toBe('Huangshan / She County')
  })

  it('explains a failed load with the server’s words and retries on request', async () => {
    let fail = true
    const { wrapper } = await mountPage({
      'GET /api/producers/mine': () =>
        fail
          ? problemResponse({ status: 403, title: 'Forbidden', detail: 'Only PRODUCER accounts manage producers' })
          : jsonResponse(mine),
    })

    const error = wrapper.get('[data-testid="producers-error"]')
    expect(error.text()).toContain('生产主体加载失败')
    expect(error.text()).toContain('Only PRODUCER accounts manage producers')

    fail = false
    await error.get('button').trigger('click')
    await flushPromises()

    expect(wrapper.findAll('[data-testid="producer-card"]')).toHaveLength(4)
  })
})
