import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { jsonResponse, problemResponse, setCookie, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose, optionsOf } from '@/test/selectOptions'
import { account, regions } from '../testFixtures'
import NewAccountForm from './NewAccountForm.vue'

type Backend = Parameters<typeof stubBackend>[0]

async function mountForm(backend: Backend = {}, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({ 'GET /api/regions': () => jsonResponse(regions), ...backend })
  const mounted = await mountWithHub(NewAccountForm, { locale })
  return { ...mounted, fetchMock }
}

const inputs = { username: 'account-form-username', displayName: 'account-form-display-name', password: 'account-form-password' }

async function fill(wrapper: VueWrapper, values: Partial<Record<keyof typeof inputs, string>>): Promise<void> {
  for (const [field, value] of Object.entries(values) as [keyof typeof inputs, string][]) {
    await wrapper.get(`input[data-testid="${inputs[field]}"]`).setValue(value)
  }
}

async function submit(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

const valid = { username: 'reviewer.hs', displayName: '黄山审核员', password: 'correct-horse-1' }

function posts(fetchMock: ReturnType<typeof stubBackend>) {
  return fetchMock.mock.calls.filter(([url, init]) => String(url) === '/api/admin/accounts' && init?.method === 'POST')
}

/** Element Plus reveals a form item's error after a 100 ms debounce. */
async function expectFieldError(wrapper: VueWrapper, testId: string, message: string): Promise<void> {
  const item = wrapper.get(`[data-testid="${testId}"]`).element.closest('.el-form-item')
  expect(item).not.toBeNull()
  await vi.waitFor(() => expect(item?.querySelector('.el-form-item__error')?.textContent).toContain(message))
}

describe('NewAccountForm', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'admin-token')
    document.body.innerHTML = ''
  })

  it('offers the six roles by their translated names', async () => {
    const { wrapper } = await mountForm()

    expect(optionsOf(wrapper, 'account-form-roles').map((option) => option.textContent?.trim())).toEqual([
      '管理员',
      '审核员',
      '活动组织者',
      '生产者',
      '采购商',
      '消费者',
    ])
  })

  it('asks for a region only once REVIEWER is among the roles, and explains what it limits', async () => {
    const { wrapper } = await mountForm()
    const regionField = () => wrapper.find('[data-testid="account-form-region"]')

    expect(regionField().exists()).toBe(false)
    await choose(wrapper, 'account-form-roles', '生产者')
    expect(regionField().exists()).toBe(false)

    await choose(wrapper, 'account-form-roles', '审核员')

    expect(regionField().exists()).toBe(true)
    const hint = wrapper.get('[data-testid="account-form-region-hint"]').text()
    expect(hint).toContain('审核员只能看到并审核所选地区的生产者')
    expect(regionField().element.closest('.el-form-item')?.classList.contains('is-required')).toBe(true)

    await choose(wrapper, 'account-form-roles', '审核员') // picked again: deselected
    expect(regionField().exists()).toBe(false)
  })

  it('lists Anhui, then each prefecture followed by its counties, grouped by prefecture', async () => {
    const { wrapper } = await mountForm()
    await choose(wrapper, 'account-form-roles', '审核员')

    const labels = optionsOf(wrapper, 'account-form-region').map((option) => option.textContent?.trim())
    expect(labels).toEqual(['安徽省', '合肥市', '黄山市', '歙县', '祁门县'])
    const groupTitles = [...document.querySelectorAll('.el-select-group__title')].map((title) => title.textContent?.trim())
    expect(groupTitles).toEqual(['合肥市', '黄山市'])
  })

  it('refuses a reviewer without a region before calling the server', async () => {
    const { wrapper, fetchMock } = await mountForm()
    await fill(wrapper, valid)
    await choose(wrapper, 'account-form-roles', '审核员')

    await submit(wrapper)

    await expectFieldError(wrapper, 'account-form-region', '审核员必须指定负责地区')
    expect(posts(fetchMock)).toHaveLength(0)
  })

  it('does not ask a non-reviewer for a region and sends none', async () => {
    const created = account({ username: 'organizer1', roles: ['ORGANIZER'], regionScope: null })
    const { wrapper, fetchMock } = await mountForm({ 'POST /api/admin/accounts': () => jsonResponse(created, 201) })
    await fill(wrapper, { ...valid, username: 'organizer1' })
    // A region picked while REVIEWER was selected is dropped once REVIEWER is deselected again.
    await choose(wrapper, 'account-form-roles', '审核员')
    await choose(wrapper, 'account-form-region', '黄山市')
    await choose(wrapper, 'account-form-roles', '审核员', '活动组织者')
    expect(wrapper.find('[data-testid="account-form-region"]').exists()).toBe(false)

    await submit(wrapper)

    const [post] = posts(fetchMock)
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ roles: ['ORGANIZER'], regionScope: null })
    expect(wrapper.emitted('created')).toEqual([[created]])
  })

  it('posts the account as JSON with the CSRF token and reports the created account', async () => {
    const created = account({ roles: ['REVIEWER', 'BUYER'] })
    const { wrapper, fetchMock } = await mountForm({ 'POST /api/admin/accounts': () => jsonResponse(created, 201) })
    await fill(wrapper, { ...valid, username: ' reviewer.hs ', displayName: ' 黄山审核员 ' })
    await choose(wrapper, 'account-form-roles', '采购商', '审核员')
    await choose(wrapper, 'account-form-region', '黄山市')

    await submit(wrapper)

    const [post] = posts(fetchMock)
    expect(post).toBeDefined()
    expect(JSON.parse(String(post![1]!.body))).toEqual({
      username: 'reviewer.hs',
      password: 'correct-horse-1',
      displayName: '黄山审核员',
      roles: ['REVIEWER', 'BUYER'],
      regionScope: '341000',
    })
    const headers = new Headers(post![1]!.headers)
    expect(headers.get('X-XSRF-TOKEN')).toBe('admin-token')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(wrapper.emitted('created')).toEqual([[created]])
  })

  it('checks the fields as the server would before sending anything', async () => {
    const { wrapper, fetchMock } = await mountForm()
    await fill(wrapper, { username: 'a b', displayName: 'x'.repeat(61), password: 'short' })

    await submit(wrapper)

    await expectFieldError(wrapper, 'account-form-username', '用户名须为 3–32 位字母、数字、下划线、点或连字符')
    await expectFieldError(wrapper, 'account-form-display-name', '显示名称不能超过 60 个字符')
    await expectFieldError(wrapper, 'account-form-password', '密码长度须为 10–128 个字符')
    await expectFieldError(wrapper, 'account-form-roles', '请至少选择一个角色')
    expect(posts(fetchMock)).toHaveLength(0)
  })

  it('accepts the boundaries the server accepts', async () => {
    const { wrapper, fetchMock } = await mountForm({
      'POST /api/admin/accounts': () => jsonResponse(account({ username: 'a.b', roles: ['CONSUMER'], regionScope: null }), 201),
    })
    await fill(wrapper, { username: 'a.b', displayName: 'x'.repeat(60), password: 'p'.repeat(10) })
    await choose(wrapper, 'account-form-roles', '消费者')

    await submit(wrapper)

    expect(posts(fetchMock)).toHaveLength(1)
  })

  it('shows the server’s field errors next to their fields', async () => {
    const { wrapper } = await mountForm({
      'POST /api/admin/accounts': () =>
        problemResponse({
          type: '/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'Request has invalid fields',
          errors: [
            { field: 'password', message: 'must be 10 to 128 characters' },
            { field: 'displayName', message: 'must not be blank' },
          ],
        }),
    })
    const error = vi.spyOn(ElMessage, 'error')
    await fill(wrapper, valid)
    await choose(wrapper, 'account-form-roles', '消费者')

    await submit(wrapper)

    await expectFieldError(wrapper, 'account-form-password', 'must be 10 to 128 characters')
    await expectFieldError(wrapper, 'account-form-display-name', 'must not be blank')
    expect(error).not.toHaveBeenCalled()
    expect(wrapper.emitted('created')).toBeUndefined()
  })

  it('shows the detail of a taken username in a message and beside the username', async () => {
    const detail = '用户名 reviewer.hs 已被占用'
    const { wrapper } = await mountForm({
      'POST /api/admin/accounts': () =>
        problemResponse({ type: '/problems/username-taken', title: 'Conflict', status: 409, detail }),
    })
    await fill(wrapper, valid)
    await choose(wrapper, 'account-form-roles', '消费者')

    await submit(wrapper)

    await vi.waitFor(() => expect(document.querySelector('.el-message')?.textContent).toContain(detail))
    await expectFieldError(wrapper, 'account-form-username', detail)
    expect(wrapper.emitted('created')).toBeUndefined()
  })

  it('shows the detail of an unknown region next to the region', async () => {
    const detail = 'The region code 341000 is neither Anhui (340000) nor one of its prefectures or counties.'
    const { wrapper } = await mountForm({
      'POST /api/admin/accounts': () =>
        problemResponse({ type: '/problems/unknown-region', title: 'Unprocessable Entity', status: 422, detail }),
    })
    const error = vi.spyOn(ElMessage, 'error')
    await fill(wrapper, valid)
    await choose(wrapper, 'account-form-roles', '审核员')
    await choose(wrapper, 'account-form-region', '黄山市')

    await submit(wrapper)

    expect(error).toHaveBeenCalledWith(detail)
    await expectFieldError(wrapper, 'account-form-region', detail)
  })
})
