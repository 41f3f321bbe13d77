import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, noContent, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { SynonymGroup } from '../searchApi'
import { indexStatus, synonymGroup } from '../testFixtures'
import SearchAdminPage from './SearchAdminPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

const keemun = synonymGroup()
const houkui = synonymGroup({ id: 's-2', terms: ['猴魁', '太平猴魁', 'Houkui'], updatedBy: 'seed', updatedAt: '1970-01-01T00:00:00Z' })

async function mountPage(backend: Backend, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetchMock = stubBackend({
    ...signedInAs(['ADMIN'], '系统管理员'),
    'GET /api/admin/search/status': () => jsonResponse(indexStatus({}, 3)),
    'GET /api/admin/synonyms': () => jsonResponse([houkui, keemun]),
    ...backend,
  })
  const mounted = await mountWithHub(SearchAdminPage, { path: '/admin/search', locale })
  return { ...mounted, fetchMock }
}

function requests(fetchMock: ReturnType<typeof stubBackend>, method: string, path: string) {
  return fetchMock.mock.calls
    .map(([url, init]) => ({ url: new URL(String(url), 'http://localhost'), init }))
    .filter(({ url, init }) => (init?.method ?? 'GET') === method && url.pathname === path)
}

function rowTerms(wrapper: VueWrapper): string[][] {
  return wrapper.findAll('[data-testid="synonym-row"]').map((row) => row.findAll('.el-tag').map((tag) => tag.text()))
}

/** The buttons of the open Element Plus message box, which renders outside the component. */
async function answerMessageBox(button: 'confirm' | 'cancel'): Promise<void> {
  await vi.waitFor(() => expect(document.querySelector('.el-message-box')).not.toBeNull())
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.el-message-box__btns button')]
  buttons[button === 'confirm' ? buttons.length - 1 : 0]!.click()
  await flushPromises()
}

async function typeTerms(wrapper: VueWrapper, ...words: string[]): Promise<void> {
  const input = wrapper.get('input[data-testid="synonym-term-input"]')
  for (const word of words) {
    await input.setValue(word)
    await input.trigger('keydown', { key: 'Enter' })
  }
}

const dialogTerms = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="synonym-term"]').map((tag) => tag.text())
/** Element Plus reveals a form item's error after a 100 ms debounce. */
async function expectTermsError(wrapper: VueWrapper, message: string): Promise<void> {
  await vi.waitFor(() =>
    expect(wrapper.find('[data-testid="synonym-form"] .el-form-item__error').text()).toBe(message),
  )
}

describe('SearchAdminPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'admin-token')
    document.body.innerHTML = ''
  })

  it('shows the index alias, backlog and last rebuild, in the current language', async () => {
    const { wrapper, i18n } = await mountPage({})

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('搜索管理')
    expect(wrapper.get('[data-testid="index-alias"]').text()).toBe('wanhuo-products')
    expect(wrapper.get('[data-testid="index-backlog"]').text()).toBe('3')
    expect(wrapper.get('[data-testid="rebuild-index"]').text()).toBe('wanhuo-products-100')
    expect(wrapper.get('[data-testid="rebuild-indexed"]').text()).toBe('100')
    expect(wrapper.get('[data-testid="rebuild-started"]').text()).toMatch(/2025年3月1日/)

    i18n.global.locale.value = 'en'
    await flushPromises()

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('Search')
    expect(wrapper.get('[data-testid="rebuild-started"]').text()).toMatch(/Mar 1, 2025/)
    expect(wrapper.get('[data-testid="index-status"]').text()).toContain('Products waiting for indexing')
  })

  it('explains a failed status load and retries on request', async () => {
    let fail = true
    const { wrapper } = await mountPage({
      'GET /api/admin/search/status': () =>
        fail
          ? problemResponse({ status: 503, title: 'Service Unavailable', detail: 'Elasticsearch is unavailable right now' })
          : jsonResponse(indexStatus()),
    })

    const error = wrapper.get('[data-testid="index-error"]')
    expect(error.text()).toContain('索引状态加载失败')
    expect(error.text()).toContain('Elasticsearch is unavailable right now')

    fail = false
    await error.get('button').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-testid="index-error"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="index-alias"]').text()).toBe('wanhuo-products')
  })

  it('rebuilds only after the administrator confirms, then shows the finished rebuild', async () => {
    const done = indexStatus({ index: 'wanhuo-products-200', indexed: 120, startedAt: '2025-03-01T13:00:00Z' })
    let rebuilt = false
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/search/status': () => jsonResponse(rebuilt ? done : indexStatus()),
      'POST /api/admin/search/rebuild': () => {
        rebuilt = true
        return jsonResponse(indexStatus().rebuild, 202)
      },
    })

    await wrapper.get('[data-testid="index-rebuild"]').trigger('click')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('重建期间搜索照常使用旧索引')
    await answerMessageBox('cancel')
    expect(requests(fetchMock, 'POST', '/api/admin/search/rebuild')).toHaveLength(0)

    await wrapper.get('[data-testid="index-rebuild"]').trigger('click')
    await answerMessageBox('confirm')
    expect(requests(fetchMock, 'POST', '/api/admin/search/rebuild')).toHaveLength(1)
    // The start answers the previous rebuild; the page waits for a new one to show up.
    expect(wrapper.get('[data-testid="rebuild-progress"]').text()).toContain('正在启动重建')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="rebuild-outcome"]').exists()).toBe(true), { timeout: 3000 })
    expect(wrapper.get('[data-testid="rebuild-outcome"]').text()).toContain('重建完成：wanhuo-products-200 共 120 个文档')
    expect(wrapper.find('[data-testid="rebuild-progress"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="rebuild-indexed"]').text()).toBe('120')
  })

  it('shows what a reconcile found, and says clearly when another instance is busy with the index', async () => {
    let busy = false
    const { wrapper } = await mountPage({
      'POST /api/admin/search/reconcile': () =>
        busy
          ? problemResponse({
              type: '/problems/index-maintenance-busy',
              title: 'Conflict',
              status: 409,
              detail: 'The search index is being rebuilt or repaired by another instance; try again shortly.',
            })
          : jsonResponse({ missing: 2, stale: 1, extra: 0, rebuilt: false }),
    })

    await wrapper.get('[data-testid="index-reconcile"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="reconcile-report"]').text()).toContain('缺失 2 · 过期 1 · 多余 0')

    busy = true
    await wrapper.get('[data-testid="index-reconcile"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="reconcile-report"]').exists()).toBe(false)
    const error = wrapper.get('[data-testid="reconcile-error"]')
    expect(error.attributes('data-busy')).toBe('true')
    expect(error.text()).toContain('另一个实例正在重建或修复索引')
    expect(error.html()).toContain('el-alert--warning')
  })

  it('lists the synonym groups with their words, most recently changed first', async () => {
    const { wrapper } = await mountPage({})

    expect(rowTerms(wrapper)).toEqual([
      ['祁红', '祁门红茶', 'Keemun'],
      ['猴魁', '太平猴魁', 'Houkui'],
    ])
    const rows = wrapper.get('[data-testid="synonyms-table"]').findAll('tbody tr')
    expect(rows[0]!.text()).toContain('admin')
    expect(rows[1]!.text()).toContain('系统预置')
  })

  it('says when there are no synonym groups', async () => {
    const { wrapper } = await mountPage({ 'GET /api/admin/synonyms': () => jsonResponse([]) })

    expect(wrapper.get('[data-testid="synonyms-empty"]').text()).toContain('还没有同义词组')
  })

  it('checks the words before sending a new group, then adds it', async () => {
    const created = synonymGroup({ id: 's-9', terms: ['zq1', '黄山毛峰'], updatedAt: '2025-03-03T00:00:00Z' })
    let listed: SynonymGroup[] = [keemun]
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/synonyms': () => jsonResponse(listed),
      'POST /api/admin/synonyms': () => {
        listed = [keemun, created]
        return jsonResponse(created, 201)
      },
    })
    await wrapper.get('[data-testid="synonym-add"]').trigger('click')
    await flushPromises()

    await typeTerms(wrapper, 'zq1')
    await wrapper.get('[data-testid="synonym-form"]').trigger('submit')
    await flushPromises()
    await expectTermsError(wrapper, '一组至少需要 2 个词语')

    await typeTerms(wrapper, 'ZQ1 ')
    await expectTermsError(wrapper, '“ZQ1”已在组中（不区分大小写）')
    await typeTerms(wrapper, '茶'.repeat(41))
    await expectTermsError(wrapper, '每个词语不能超过 40 个字符')
    expect(dialogTerms(wrapper)).toEqual(['zq1'])

    await typeTerms(wrapper, '黄山毛峰')
    expect(dialogTerms(wrapper)).toEqual(['zq1', '黄山毛峰'])
    expect(requests(fetchMock, 'POST', '/api/admin/synonyms')).toHaveLength(0)
    await wrapper.get('[data-testid="synonym-form"]').trigger('submit')
    await flushPromises()

    const [post] = requests(fetchMock, 'POST', '/api/admin/synonyms')
    expect(JSON.parse(String(post?.init?.body))).toEqual({ terms: ['zq1', '黄山毛峰'] })
    expect(rowTerms(wrapper)[0]).toEqual(['zq1', '黄山毛峰'])
  })

  it('shows the server’s complaint next to the words', async () => {
    const { wrapper } = await mountPage({
      'POST /api/admin/synonyms': () =>
        problemResponse({
          type: '/problems/validation-failed',
          title: 'Bad Request',
          status: 400,
          detail: 'Some fields are invalid; see errors.',
          errors: [{ field: 'terms[1]', message: 'must not be blank' }],
        }),
    })
    await wrapper.get('[data-testid="synonym-add"]').trigger('click')
    await flushPromises()

    await typeTerms(wrapper, 'a, b')
    await wrapper.get('[data-testid="synonym-form"]').trigger('submit')
    await flushPromises()

    await expectTermsError(wrapper, 'must not be blank')
    expect(wrapper.get('[data-testid="synonym-form"]').isVisible()).toBe(true)
  })

  it('sends the version it edits; when someone else saved first it reloads, explains, and saves over theirs on request', async () => {
    const theirs = { ...keemun, terms: ['祁红', 'Keemun', 'Qimen black tea'], version: 1, updatedBy: 'other' }
    let current = keemun
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/synonyms': () => jsonResponse([current]),
      'PUT /api/admin/synonyms/s-1': (_init, url) => {
        if (url.searchParams.get('version') === '0') {
          current = theirs
          return problemResponse({
            type: '/problems/stale-version',
            title: 'Conflict',
            status: 409,
            detail: 'Someone else changed this in the meantime; reload it and apply your change again.',
          })
        }
        current = { ...theirs, terms: ['祁红', '祁门红茶', 'Keemun', '祁门工夫'], version: 2, updatedBy: 'test' }
        return jsonResponse(current)
      },
    })

    await wrapper.get('[data-testid="synonym-edit"]').trigger('click')
    await flushPromises()
    expect(dialogTerms(wrapper)).toEqual(['祁红', '祁门红茶', 'Keemun'])
    await typeTerms(wrapper, '祁门工夫')
    await wrapper.get('[data-testid="synonym-form"]').trigger('submit')
    await flushPromises()

    const conflict = wrapper.get('[data-testid="synonym-conflict"]')
    expect(conflict.text()).toContain('其他管理员刚刚修改了这个同义词组')
    expect(conflict.text()).toContain('祁红、Keemun、Qimen black tea')
    expect(dialogTerms(wrapper)).toEqual(['祁红', '祁门红茶', 'Keemun', '祁门工夫'])
    expect(rowTerms(wrapper)).toEqual([['祁红', 'Keemun', 'Qimen black tea']])

    await wrapper.get('[data-testid="synonym-form"]').trigger('submit')
    await flushPromises()

    const puts = requests(fetchMock, 'PUT', '/api/admin/synonyms/s-1')
    expect(puts.map(({ url }) => url.searchParams.get('version'))).toEqual(['0', '1'])
    expect(rowTerms(wrapper)).toEqual([['祁红', '祁门红茶', 'Keemun', '祁门工夫']])
  })

  it('deletes a group only after the administrator confirms', async () => {
    let listed = [keemun, houkui]
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/admin/synonyms': () => jsonResponse(listed),
      'DELETE /api/admin/synonyms/s-1': () => {
        listed = [houkui]
        return noContent()
      },
    })

    await wrapper.findAll('[data-testid="synonym-delete"]')[0]!.trigger('click')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('删除同义词组“祁红、祁门红茶、Keemun”后')
    await answerMessageBox('cancel')
    expect(requests(fetchMock, 'DELETE', '/api/admin/synonyms/s-1')).toHaveLength(0)
    expect(rowTerms(wrapper)).toHaveLength(2)

    await wrapper.findAll('[data-testid="synonym-delete"]')[0]!.trigger('click')
    await answerMessageBox('confirm')
    await flushPromises()

    expect(requests(fetchMock, 'DELETE', '/api/admin/synonyms/s-1')).toHaveLength(1)
    expect(rowTerms(wrapper)).toEqual([['猴魁', '太平猴魁', 'Houkui']])
  })

  it('tries a pavilion search and lists the first names found', async () => {
    const { wrapper, fetchMock } = await mountPage({
      'GET /api/pavilion/search': () =>
        jsonResponse({
          total: 7,
          items: [
            { id: 'p-1', nameZh: '祁门红茶', nameEn: 'Keemun black tea' },
            { id: 'p-2', nameZh: '祁红香螺', nameEn: null },
          ],
        }),
    })

    await wrapper.get('input[data-testid="synonym-try-input"]').setValue(' Keemun ')
    await wrapper.get('[data-testid="synonym-try"] form').trigger('submit')
    await flushPromises()

    expect(requests(fetchMock, 'GET', '/api/pavilion/search')[0]?.url.searchParams.get('q')).toBe('Keemun')
    expect(wrapper.get('[data-testid="synonym-try-results"]').text()).toContain('共找到 7 件商品')
    expect(wrapper.findAll('[data-testid="synonym-try-name"]').map((item) => item.text())).toEqual(['祁门红茶', '祁红香螺'])
  })
})
