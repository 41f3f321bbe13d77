import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import { regions } from '@/features/producer/testFixtures'
import { campaign } from '../testFixtures'
import CampaignWizardPage from './CampaignWizardPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

async function mountWizard(backend: Backend, id?: string) {
  const fetchMock = stubBackend({
    ...signedInAs(['ORGANIZER'], '活动组织者'),
    'GET /api/regions': () => jsonResponse(regions),
    ...backend,
  })
  const mounted = await mountWithHub(CampaignWizardPage, {
    path: id ? `/organizer/campaigns/${id}/edit` : '/organizer/campaigns/new',
    props: id ? { id } : {},
  })
  return { ...mounted, fetchMock }
}

async function next(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

function errorsShown(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.el-form-item__error').map((error) => error.text())
}

async function fillSpringTea(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-testid="campaign-type-SEASONAL"] input').setValue(true)
  await wrapper.get('input[data-testid="campaign-name-zh"]').setValue('春茶上新季')
  await wrapper.get('textarea[data-testid="campaign-description-zh"]').setValue('黄山、六安明前春茶专场。')
  await next(wrapper)
  await wrapper.get('input[data-testid="campaign-starts-at"]').setValue('2025-03-20T10:00')
  await wrapper.get('input[data-testid="campaign-ends-at"]').setValue('2025-04-20T22:00')
  await wrapper.get('[data-testid="campaign-channel-TAOBAO"] input').setValue(true)
  await next(wrapper)
  await wrapper.get('[data-testid="campaign-category-TEA"] input').setValue(true)
  await choose(wrapper, 'campaign-regions', '黄山市（全市）', '长丰县')
  await wrapper.get('[data-testid="campaign-gi-required"] input').setValue(true)
  await next(wrapper)
  await wrapper.get('input[data-testid="campaign-budget"]').setValue('50000')
  await next(wrapper)
}

describe('CampaignWizardPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'organizer-token')
    document.body.innerHTML = ''
  })

  it('will not leave a step with what the contract refuses', async () => {
    const { wrapper } = await mountWizard({})

    await next(wrapper)
    await vi.waitFor(() => expect(errorsShown(wrapper)).toEqual(['必填', '必填', '必填']))
    expect(wrapper.find('[data-testid="wizard-basics"]').exists()).toBe(true)

    await wrapper.get('[data-testid="campaign-type-GROUP_PROMOTION"] input').setValue(true)
    await next(wrapper)
    await vi.waitFor(() => expect(errorsShown(wrapper)).toContain('必填'))
    expect(wrapper.find('input[data-testid="campaign-regional-brand"]').exists()).toBe(true)
  })

  it('refuses an end before the start on the schedule step', async () => {
    const { wrapper } = await mountWizard({})
    await wrapper.get('[data-testid="campaign-type-SEASONAL"] input').setValue(true)
    await wrapper.get('input[data-testid="campaign-name-zh"]').setValue('春茶上新季')
    await wrapper.get('textarea[data-testid="campaign-description-zh"]').setValue('春茶')
    await next(wrapper)

    await wrapper.get('input[data-testid="campaign-starts-at"]').setValue('2025-04-20T10:00')
    await wrapper.get('input[data-testid="campaign-ends-at"]').setValue('2025-04-01T10:00')
    await next(wrapper)

    await vi.waitFor(() => expect(errorsShown(wrapper)).toEqual(['结束时间必须晚于开始时间']))
    expect(wrapper.find('[data-testid="wizard-schedule"]').exists()).toBe(true)
  })

  it('walks through the steps, reviews the campaign and creates a draft in fen with the pavilion as a channel', { timeout: 20_000 }, async () => {
    const created = campaign({ id: 'c-new' })
    const { wrapper, fetchMock, router } = await mountWizard({
      'POST /api/campaigns': () => jsonResponse(created, 201),
      'GET /api/campaigns/c-new': () => jsonResponse(created),
      'GET /api/enrolments': () => jsonResponse({ items: [], total: 0, page: 0, size: 100 }),
    })

    await fillSpringTea(wrapper)

    const review = wrapper.get('[data-testid="wizard-review"]')
    expect(review.get('[data-testid="summary-schedule"]').text()).toBe('2025年3月20日 10:00 – 2025年4月20日 22:00')
    expect(review.get('[data-testid="summary-channels"]').text()).toBe('安徽馆、淘宝/天猫')
    expect(review.get('[data-testid="summary-regions"]').text()).toBe('黄山市、长丰县')
    expect(review.get('[data-testid="summary-budget"]').text()).toBe('¥50000.00')

    await next(wrapper)
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      type: 'SEASONAL',
      nameZh: '春茶上新季',
      nameEn: null,
      descriptionZh: '黄山、六安明前春茶专场。',
      descriptionEn: null,
      regionalBrand: null,
      startsAt: '2025-03-20T10:00',
      endsAt: '2025-04-20T22:00',
      flashSessions: [],
      channels: ['PAVILION', 'TAOBAO'],
      eligibility: { categories: ['TEA'], regions: ['341000', '340121'], producerTypes: [], geographicalIndicationRequired: true, certificateTypes: [] },
      spendSaveTiers: [],
      budgetFen: 5000000,
      gmvTargetFen: null,
    })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/organizer/campaigns/c-new'), { timeout: 15_000 })
  })

  it('puts the server’s field errors on their fields and returns to that step', async () => {
    const { wrapper } = await mountWizard({
      'POST /api/campaigns': () =>
        problemResponse({
          type: '/problems/validation-failed',
          status: 400,
          detail: 'Some fields are invalid; see errors.',
          errors: [{ field: 'startsAt', message: 'must be in the future' }],
        }),
    })
    await fillSpringTea(wrapper)

    await next(wrapper)

    await vi.waitFor(() => expect(wrapper.find('[data-testid="wizard-schedule"]').exists()).toBe(true))
    await vi.waitFor(() => expect(errorsShown(wrapper)).toEqual(['must be in the future']))
  })

  it('edits a draft with the version it loaded', async () => {
    const draft = campaign({ id: 'c-7', version: 3 })
    const { wrapper, fetchMock } = await mountWizard(
      {
        'GET /api/campaigns/c-7': () => jsonResponse(draft),
        'PUT /api/campaigns/c-7': (init) => jsonResponse({ ...draft, ...JSON.parse(String(init?.body)), version: 4 }),
      },
      'c-7',
    )

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('编辑活动')
    expect((wrapper.get('input[data-testid="campaign-name-zh"]').element as HTMLInputElement).value).toBe('春茶上新季')
    await wrapper.get('input[data-testid="campaign-name-zh"]').setValue('春茶上新季·第二波')
    for (let step = 0; step < 5; step++) await next(wrapper)

    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')
    expect(String(put?.[0])).toBe('/api/campaigns/c-7?version=3')
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({ nameZh: '春茶上新季·第二波', budgetFen: 5000000, spendSaveTiers: [{ thresholdFen: 30000, saveFen: 3000 }] })
  })

  it('does not offer to edit a campaign that is no longer a draft', async () => {
    const { wrapper } = await mountWizard({ 'GET /api/campaigns/c-8': () => jsonResponse(campaign({ id: 'c-8', status: 'OPEN' })) }, 'c-8')

    expect(wrapper.get('[data-testid="wizard-not-draft"]').text()).toContain('只有草稿状态的活动可以编辑')
    expect(wrapper.find('[data-testid="campaign-wizard"]').exists()).toBe(false)
  })
})
