import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { jsonResponse, problemResponse, setCookie, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose, optionsOf } from '@/test/selectOptions'
import type { Producer } from '../api'
import { CREDIT_CODE, producer, profile, regions } from '../testFixtures'
import ProducerProfileForm from './ProducerProfileForm.vue'

type Backend = Parameters<typeof stubBackend>[0]

async function mountForm(backend: Backend = {}, props: { producer?: Producer } = {}, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({ 'GET /api/regions': () => jsonResponse(regions), ...backend })
  const mounted = await mountWithHub(ProducerProfileForm, { locale, props })
  return { ...mounted, fetchMock }
}

async function type(wrapper: VueWrapper, testId: string, value: string): Promise<void> {
  await wrapper.get(`[data-testid="${testId}"]`).setValue(value)
}

async function submit(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

function calls(fetchMock: ReturnType<typeof stubBackend>, method: string, path: string) {
  return fetchMock.mock.calls.filter(
    ([url, init]) => new URL(String(url), 'http://localhost').pathname === path && (init?.method ?? 'GET') === method,
  )
}

/** Element Plus reveals a form item's error after a 100 ms debounce. */
async function expectFieldError(wrapper: VueWrapper, testId: string, message: string): Promise<void> {
  const item = wrapper.get(`[data-testid="${testId}"]`).element.closest('.el-form-item')
  expect(item).not.toBeNull()
  await vi.waitFor(() => expect(item?.querySelector('.el-form-item__error')?.textContent).toContain(message))
}

/** Fills in everything a cooperative in Qimen needs. */
async function fillQimenCooperative(wrapper: VueWrapper, { county = true } = {}): Promise<void> {
  await choose(wrapper, 'producer-form-type', '农民专业合作社')
  await type(wrapper, 'producer-form-legal-name-zh', ' 祁门县祁红茶业专业合作社 ')
  await type(wrapper, 'producer-form-legal-name-en', 'Qimen Keemun Tea Cooperative')
  await type(wrapper, 'producer-form-credit-code', CREDIT_CODE.toLowerCase())
  await choose(wrapper, 'producer-form-prefecture', '黄山市')
  if (county) await choose(wrapper, 'producer-form-county', '祁门县')
  await type(wrapper, 'producer-form-address', '安徽省黄山市祁门县祁山镇')
  await type(wrapper, 'contact-name-0', '汪师傅')
  await type(wrapper, 'contact-phone-0', '0559-4512345')
  await type(wrapper, 'producer-form-story-zh', '百年祁红，香高味醇。')
}

describe('ProducerProfileForm', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('offers the five types of producer by their translated names', async () => {
    const { wrapper } = await mountForm()

    expect(optionsOf(wrapper, 'producer-form-type').map((option) => option.textContent?.trim())).toEqual([
      '企业',
      '农民专业合作社',
      '家庭农场',
      '中华老字号',
      '手艺人',
    ])
  })

  it('offers only the counties of the chosen prefecture, and forgets the county when the prefecture changes', async () => {
    const { wrapper } = await mountForm()
    const counties = () => optionsOf(wrapper, 'producer-form-county').map((option) => option.textContent?.trim())
    const countySelect = () => wrapper.get('[data-testid="producer-form-county"]')

    expect(optionsOf(wrapper, 'producer-form-prefecture').map((option) => option.textContent?.trim())).toEqual([
      '合肥市',
      '黄山市',
    ])
    expect(counties()).toEqual([])
    expect(countySelect().get('input').attributes('disabled')).toBeDefined()

    await choose(wrapper, 'producer-form-prefecture', '黄山市')
    expect(countySelect().get('input').attributes('disabled')).toBeUndefined()
    expect(counties()).toEqual(['歙县', '祁门县'])
    await choose(wrapper, 'producer-form-county', '祁门县')
    expect(countySelect().text()).toContain('祁门县')

    await choose(wrapper, 'producer-form-prefecture', '合肥市')
    expect(counties()).toEqual(['长丰县', '肥东县'])
    expect(countySelect().text()).not.toContain('祁门县')
  })

  it('names the regions in English when the page is in English', async () => {
    const { wrapper } = await mountForm({}, {}, 'en')
    await choose(wrapper, 'producer-form-prefecture', 'Huangshan')

    expect(optionsOf(wrapper, 'producer-form-county').map((option) => option.textContent?.trim())).toEqual([
      'She County',
      'Qimen County',
    ])
  })

  it('writes the credit code in capitals as it is typed', async () => {
    const { wrapper } = await mountForm()

    await type(wrapper, 'producer-form-credit-code', '9144 0300 7152 6726xg')

    expect((wrapper.get('input[data-testid="producer-form-credit-code"]').element as HTMLInputElement).value).toBe(
      '9144030071526726XG',
    )
  })

  it('posts the profile as JSON with the CSRF token and reports the registered producer', async () => {
    const registered = producer()
    const { wrapper, fetchMock } = await mountForm({ 'POST /api/producers': () => jsonResponse(registered, 201) })
    await fillQimenCooperative(wrapper)

    await submit(wrapper)

    const [post] = calls(fetchMock, 'POST', '/api/producers')
    expect(post).toBeDefined()
    expect(JSON.parse(String(post![1]!.body))).toEqual({
      type: 'COOPERATIVE',
      legalNameZh: '祁门县祁红茶业专业合作社',
      legalNameEn: 'Qimen Keemun Tea Cooperative',
      creditCode: CREDIT_CODE,
      prefectureCode: '341000',
      countyCode: '341024',
      address: '安徽省黄山市祁门县祁山镇',
      contacts: [{ name: '汪师傅', phone: '0559-4512345', email: null }],
      brands: [],
      storyZh: '百年祁红，香高味醇。',
      storyEn: null,
    })
    const headers = new Headers(post![1]!.headers)
    expect(headers.get('X-XSRF-TOKEN')).toBe('producer-token')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(wrapper.emitted('saved')).toEqual([[registered]])
  })

  it('sends every contact and no county when none is chosen', async () => {
    const { wrapper, fetchMock } = await mountForm({ 'POST /api/producers': () => jsonResponse(producer(), 201) })
    await fillQimenCooperative(wrapper, { county: false })
    await wrapper.get('[data-testid="contact-add"]').trigger('click')
    await type(wrapper, 'contact-name-1', '汪小妹')
    await type(wrapper, 'contact-phone-1', '+86 139 5590 0000')
    await type(wrapper, 'contact-email-1', 'xiaomei@example.cn')

    await submit(wrapper)

    const body = JSON.parse(String(calls(fetchMock, 'POST', '/api/producers')[0]?.[1]?.body))
    expect(body.countyCode).toBeNull()
    expect(body.contacts).toEqual([
      { name: '汪师傅', phone: '0559-4512345', email: null },
      { name: '汪小妹', phone: '+86 139 5590 0000', email: 'xiaomei@example.cn' },
    ])
  })

  it('refuses a credit code with a wrong check character before calling the server', async () => {
    const { wrapper, fetchMock } = await mountForm()
    await fillQimenCooperative(wrapper)
    await type(wrapper, 'producer-form-credit-code', '91340000704920454G')

    await submit(wrapper)

    await expectFieldError(wrapper, 'producer-form-credit-code', '统一社会信用代码的校验位不正确')
    expect(calls(fetchMock, 'POST', '/api/producers')).toHaveLength(0)
  })

  it('says what is missing, next to each field, before calling the server', async () => {
    const { wrapper, fetchMock } = await mountForm()
    await type(wrapper, 'contact-phone-0', '12ab')

    await submit(wrapper)

    await expectFieldError(wrapper, 'producer-form-type', '请选择主体类型')
    await expectFieldError(wrapper, 'producer-form-legal-name-zh', '请输入中文法定名称')
    await expectFieldError(wrapper, 'producer-form-credit-code', '请输入统一社会信用代码')
    await expectFieldError(wrapper, 'producer-form-prefecture', '请选择所在市')
    await expectFieldError(wrapper, 'producer-form-address', '请输入详细地址')
    await expectFieldError(wrapper, 'contact-name-0', '请输入联系人姓名')
    await expectFieldError(wrapper, 'contact-phone-0', '电话须为 7–20 位数字')
    expect(calls(fetchMock, 'POST', '/api/producers')).toHaveLength(0)
  })

  it('words its complaints in the language the page has switched to', async () => {
    const { wrapper, i18n } = await mountForm()
    await submit(wrapper)
    await expectFieldError(wrapper, 'producer-form-type', '请选择主体类型')

    i18n.global.locale.value = 'en'
    await flushPromises()

    await expectFieldError(wrapper, 'producer-form-type', 'Please choose the type')
    await expectFieldError(wrapper, 'contact-phone-0', 'Please enter a phone number')
  })

  it('shows the server’s field errors next to their fields, contacts included', async () => {
    const { wrapper } = await mountForm({
      'POST /api/producers': () =>
        problemResponse({
          type: '/problems/validation-failed',
          title: 'Bad Request',
          status: 400,
          detail: 'Some fields are invalid; see errors.',
          errors: [
            { field: 'countyCode', message: 'The county 341024 is not a county of prefecture 341000.' },
            { field: 'contacts[0].phone', message: 'a phone number of 7 to 20 digits' },
          ],
        }),
    })
    const error = vi.spyOn(ElMessage, 'error')
    await fillQimenCooperative(wrapper)

    await submit(wrapper)

    await expectFieldError(wrapper, 'producer-form-county', 'is not a county of prefecture 341000')
    await expectFieldError(wrapper, 'contact-phone-0', 'a phone number of 7 to 20 digits')
    expect(error).not.toHaveBeenCalled()
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('puts a taken credit code beside the code and in a message', async () => {
    const detail = 'A producer with the unified social credit code 91340000704920454F is registered already.'
    const { wrapper } = await mountForm({
      'POST /api/producers': () =>
        problemResponse({ type: '/problems/credit-code-taken', title: 'Conflict', status: 409, detail }),
    })
    await fillQimenCooperative(wrapper)

    await submit(wrapper)

    await vi.waitFor(() => expect(document.querySelector('.el-message')?.textContent).toContain(detail))
    await expectFieldError(wrapper, 'producer-form-credit-code', detail)
  })

  it('edits a producer by sending the version it loaded', async () => {
    const loaded = producer({ id: 'p-7', version: 3, verification: 'VERIFIED', licenceFileId: 'f-1' })
    const saved = producer({ id: 'p-7', version: 4, verification: 'SUBMITTED' })
    const { wrapper, fetchMock } = await mountForm(
      { 'PUT /api/producers/p-7': () => jsonResponse(saved) },
      { producer: loaded },
    )
    expect((wrapper.get('input[data-testid="producer-form-legal-name-zh"]').element as HTMLInputElement).value).toBe(
      '祁门县祁红茶业专业合作社',
    )
    expect(wrapper.get('[data-testid="producer-form-county"]').text()).toContain('祁门县')
    expect(wrapper.get('[data-testid="producer-form-resubmit-notice"]').text()).toContain('重新进入审核')

    await type(wrapper, 'producer-form-address', '安徽省黄山市祁门县祁山镇新街 8 号')
    await submit(wrapper)

    const [put] = calls(fetchMock, 'PUT', '/api/producers/p-7')
    expect(new URL(String(put?.[0]), 'http://localhost').searchParams.get('version')).toBe('3')
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ ...profile(), address: '安徽省黄山市祁门县祁山镇新街 8 号' })
    expect(wrapper.emitted('saved')).toEqual([[saved]])
  })

  it('says someone else changed the producer and loads it afresh when the version is stale', async () => {
    const loaded = producer({ id: 'p-7', version: 3 })
    const fresh = producer({ id: 'p-7', version: 5, profile: profile({ address: '安徽省黄山市祁门县历口镇' }) })
    let puts = 0
    const { wrapper, fetchMock } = await mountForm(
      {
        'PUT /api/producers/p-7': () =>
          ++puts === 1
            ? problemResponse({
                type: '/problems/stale-version',
                title: 'Conflict',
                status: 409,
                detail: 'Someone else changed this in the meantime; reload it and apply your change again.',
              })
            : jsonResponse(fresh),
        'GET /api/producers/p-7': () => jsonResponse(fresh),
      },
      { producer: loaded },
    )
    const warning = vi.spyOn(ElMessage, 'warning')

    await type(wrapper, 'producer-form-address', '我的修改')
    await submit(wrapper)

    expect(warning).toHaveBeenCalledWith('该生产主体刚被其他人修改过，已重新加载最新资料，请核对后再修改')
    expect(calls(fetchMock, 'GET', '/api/producers/p-7')).toHaveLength(1)
    expect((wrapper.get('input[data-testid="producer-form-address"]').element as HTMLInputElement).value).toBe(
      '安徽省黄山市祁门县历口镇',
    )
    expect(wrapper.emitted('reloaded')).toEqual([[fresh]])
    expect(wrapper.emitted('saved')).toBeUndefined()

    await submit(wrapper)

    const versions = calls(fetchMock, 'PUT', '/api/producers/p-7').map(([url]) =>
      new URL(String(url), 'http://localhost').searchParams.get('version'),
    )
    expect(versions).toEqual(['3', '5'])
  })
})
