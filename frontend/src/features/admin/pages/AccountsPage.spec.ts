import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import type { AccountPage } from '../api'
import { account, regions } from '../testFixtures'
import AccountsPage from './AccountsPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

const accounts = [
  account({ id: 'a-1', username: 'reviewer.hs', displayName: '黄山审核员', roles: ['REVIEWER'], regionScope: '341000' }),
  account({ id: 'a-2', username: 'reviewer.ah', displayName: '全省审核员', roles: ['REVIEWER', 'BUYER'], regionScope: '340000' }),
  account({ id: 'a-3', username: 'reviewer.she', displayName: '歙县审核员', roles: ['REVIEWER'], regionScope: '341021' }),
  account({ id: 'a-4', username: 'reviewer.far', displayName: '外地审核员', roles: ['REVIEWER'], regionScope: '349999' }),
  account({ id: 'a-5', username: 'admin', displayName: '系统管理员', roles: ['ADMIN'], regionScope: null }),
]

function page(items = accounts, total = items.length, pageIndex = 0): AccountPage {
  return { total, page: pageIndex, size: 20, items }
}

async function mountPage(backend: Backend, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({
    ...signedInAs(['ADMIN'], '系统管理员'),
    'GET /api/regions': () => jsonResponse(regions),
    ...backend,
  })
  const mounted = await mountWithHub(AccountsPage, { path: '/admin', locale })
  return { ...mounted, fetchMock }
}

/** The query of every account listing requested so far. */
function listings(fetchMock: ReturnType<typeof stubBackend>): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([url, init]) => ({ url: new URL(String(url), 'http://localhost'), method: init?.method ?? 'GET' }))
    .filter(({ url, method }) => url.pathname === '/api/admin/accounts' && method === 'GET')
    .map(({ url }) => url.searchParams)
}

function rows(wrapper: VueWrapper) {
  return wrapper.get('[data-testid="accounts-table"]').findAll('tbody tr')
}

function cellsOf(wrapper: VueWrapper, username: string): string[] {
  const row = rows(wrapper).find((candidate) => candidate.find('[data-testid="account-username"]').text() === username)
  if (!row) throw new Error(`no row for ${username}`)
  return row.findAll('td').map((cell) => cell.text())
}

describe('AccountsPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'admin-token')
    document.body.innerHTML = ''
  })

  it('lists the accounts with their roles and regions in the current language', async () => {
    const { wrapper, i18n, fetchMock } = await mountPage({ 'GET /api/admin/accounts': () => jsonResponse(page()) })

    expect(rows(wrapper)).toHaveLength(5)
    const hs = cellsOf(wrapper, 'reviewer.hs')
    expect(hs.slice(0, 4)).toEqual(['reviewer.hs', '黄山审核员', '审核员', '黄山市'])
    expect(hs[4]).toMatch(/2025/)
    expect(cellsOf(wrapper, 'reviewer.ah').slice(2, 4)).toEqual(['审核员采购商', '安徽省'])
    expect(cellsOf(wrapper, 'reviewer.she')[3]).toBe('歙县')
    expect(cellsOf(wrapper, 'reviewer.far')[3]).toBe('349999')
    expect(cellsOf(wrapper, 'admin').slice(2, 4)).toEqual(['管理员', '—'])
    const tags = wrapper.findAll('[data-testid="account-role"]').map((tag) => tag.text())
    expect(tags).toEqual(['审核员', '审核员', '采购商', '审核员', '审核员', '管理员'])
    expect(listings(fetchMock).map((query) => query.toString())).toEqual(['page=0&size=20'])

    i18n.global.locale.value = 'en'
    await flushPromises()

    expect(cellsOf(wrapper, 'reviewer.hs').slice(2, 4)).toEqual(['Reviewer', 'Huangshan'])
    expect(cellsOf(wrapper, 'reviewer.ah').slice(2, 4)).toEqual(['ReviewerBuyer', 'Anhui Province'])
    expect(cellsOf(wrapper, 'reviewer.she')[3]).toBe('She County')
    expect(cellsOf(wrapper, 'admin')[2]).toBe('Administrator')
    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('Accounts')
  })

  it('asks the server for the accounts whose username starts with the search text', async () => {
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/accounts': () => jsonResponse(page(accounts.slice(0, 1))),
    })

    await wrapper.get('input[data-testid="accounts-search"]').setValue('  reviewer.h ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()

    const last = listings(fetchMock).at(-1)
    expect(last?.get('q')).toBe('reviewer.h')
    expect(last?.get('page')).toBe('0')
    expect(rows(wrapper)).toHaveLength(1)
  })

  it('searches by itself shortly after the administrator stops typing', async () => {
    const { wrapper, fetchMock } = await mountPage({ 'GET /api/admin/accounts': () => jsonResponse(page()) })

    await wrapper.get('input[data-testid="accounts-search"]').setValue('adm')

    expect(listings(fetchMock)).toHaveLength(1)
    await vi.waitFor(() => expect(listings(fetchMock).at(-1)?.get('q')).toBe('adm'))
    expect(listings(fetchMock)).toHaveLength(2)
  })

  it('pages on the server', async () => {
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/accounts': () => jsonResponse(page(accounts, 45)),
    })
    expect(wrapper.get('[data-testid="accounts-pagination"]').text()).toContain('45')

    await wrapper.get('[data-testid="accounts-pagination"] .btn-next').trigger('click')
    await flushPromises()

    expect(listings(fetchMock).map((query) => [query.get('page'), query.get('size')])).toEqual([
      ['0', '20'],
      ['1', '20'],
    ])
  })

  it('says when no username starts with the search text', async () => {
    const { wrapper } = await mountPage({
      'GET /api/admin/accounts': () => jsonResponse(page([], 0)),
    })
    expect(wrapper.get('[data-testid="accounts-empty"]').text()).toContain('还没有账号')

    await wrapper.get('input[data-testid="accounts-search"]').setValue('zz')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[data-testid="accounts-empty"]').text()).toContain('没有用户名以“zz”开头的账号')
    expect(wrapper.find('[data-testid="accounts-pagination"]').exists()).toBe(false)
  })

  it('shows that the accounts are loading', async () => {
    let answer: (response: Response) => void = () => {}
    const { wrapper } = await mountPage({
      'GET /api/admin/accounts': () => new Promise<Response>((resolve) => (answer = resolve)),
    })

    const table = wrapper.get('[data-testid="accounts-table"]')
    expect(table.attributes('data-status')).toBe('loading')
    expect(table.find('.el-loading-mask').exists()).toBe(true)
    expect(wrapper.find('[data-testid="accounts-empty"]').exists()).toBe(false)

    answer(jsonResponse(page()))
    await flushPromises()

    expect(table.attributes('data-status')).toBe('done')
    expect(rows(wrapper)).toHaveLength(5)
  })

  it('explains a failed load with the server’s words and retries on request', async () => {
    let fail = true
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/accounts': () =>
        fail
          ? problemResponse({ type: '/problems/forbidden', title: 'Forbidden', status: 403, detail: 'Administrators only' })
          : jsonResponse(page()),
    })

    const error = wrapper.get('[data-testid="accounts-error"]')
    expect(error.text()).toContain('账号列表加载失败')
    expect(error.text()).toContain('Administrators only')
    expect(wrapper.find('[data-testid="accounts-table"]').exists()).toBe(false)

    fail = false
    await error.get('button').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="accounts-error"]').exists()).toBe(false)
    expect(rows(wrapper)).toHaveLength(5)
    expect(listings(fetchMock)).toHaveLength(2)
  })

  it('creates an account in a dialog, then closes it and shows the account first', async () => {
    const created = account({ id: 'a-9', username: 'reviewer.new', displayName: '新审核员', regionScope: '341000' })
    let listed = accounts
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/accounts': () => jsonResponse(page(listed)),
      'POST /api/admin/accounts': () => {
        listed = [created, ...accounts]
        return jsonResponse(created, 201)
      },
    })
    expect(wrapper.find('[data-testid="account-form"]').exists()).toBe(false)

    await wrapper.get('[data-testid="accounts-new"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="account-form"]').isVisible()).toBe(true)
    await wrapper.get('input[data-testid="account-form-username"]').setValue('reviewer.new')
    await wrapper.get('input[data-testid="account-form-display-name"]').setValue('新审核员')
    await wrapper.get('input[data-testid="account-form-password"]').setValue('correct-horse-1')
    await choose(wrapper, 'account-form-roles', '审核员')
    await choose(wrapper, 'account-form-region', '黄山市')
    await wrapper.get('[data-testid="account-form"]').trigger('submit')
    await flushPromises()

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ username: 'reviewer.new', regionScope: '341000' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="account-form"]').isVisible()).toBe(false))
    expect(document.querySelector('.el-message')?.textContent).toContain('已创建账号 reviewer.new')
    expect(listings(fetchMock)).toHaveLength(2)
    expect(rows(wrapper)[0]!.find('[data-testid="account-username"]').text()).toBe('reviewer.new')
  })
})
