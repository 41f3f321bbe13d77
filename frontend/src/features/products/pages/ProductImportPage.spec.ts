import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose } from '@/test/selectOptions'
import { producer } from '@/features/producer/testFixtures'
import type { ImportJob, ImportSummary } from '../importApi'
import { gradeProblems, importJob, importSummary } from '../importTestFixtures'
import ProductImportPage from './ProductImportPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

const verified = producer({ id: 'p-1', verification: 'VERIFIED' })
const JOB_PATH = '/api/products/imports/job-1'

/** Answers each poll of job-1 with the next state, repeating the last one. */
function polls(...states: (ImportJob | (() => Response))[]) {
  let next = 0
  return () => {
    const answer = states[Math.min(next++, states.length - 1)]!
    return typeof answer === 'function' ? answer() : jsonResponse(answer)
  }
}

async function mountPage(path: string, backend: Backend = {}, recent: ImportSummary[] = []) {
  const fetchMock = stubBackend({
    ...signedInAs(['PRODUCER']),
    'GET /api/producers/mine': () => jsonResponse([verified, producer({ id: 'p-2', verification: 'SUBMITTED' })]),
    'GET /api/products/imports': () => jsonResponse(recent),
    ...backend,
  })
  const mounted = await mountWithHub(ProductImportPage, { path })
  return { ...mounted, fetchMock }
}

/** The next poll, 700 ms later. */
async function nextPoll(): Promise<void> {
  await vi.advanceTimersByTimeAsync(700)
  await flushPromises()
}

const pollsOf = (fetchMock: ReturnType<typeof stubBackend>) =>
  fetchMock.mock.calls.filter(([url]) => String(url) === JOB_PATH)
const text = (wrapper: VueWrapper, testId: string) => wrapper.get(`[data-testid="${testId}"]`).text()

async function pick(wrapper: VueWrapper, file: File): Promise<void> {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('ProductImportPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('explains that a verified producer comes first when the account has none', async () => {
    const { wrapper, router } = await mountPage('/producer/products/import', {
      'GET /api/producers/mine': () => jsonResponse([producer({ id: 'p-2', verification: 'SUBMITTED' })]),
    })

    expect(text(wrapper, 'import-no-producer')).toContain('您还没有已认证的生产主体')
    expect(wrapper.find('[data-testid="import-form"]').exists()).toBe(false)
    await wrapper.get('button[data-testid="import-to-producers"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('producer'))
  })

  it('offers the templates of the chosen category and sends the file with producer, category and the switch', async () => {
    const { wrapper, fetchMock, router } = await mountPage('/producer/products/import', {
      'POST /api/products/imports': () => jsonResponse(importJob(), 202),
      [`GET ${JOB_PATH}`]: () => jsonResponse(importJob({ checkedRows: 250 })),
    })

    expect(text(wrapper, 'import-choose-first')).toBe('请先选择生产主体和品类')
    await choose(wrapper, 'import-category', '茶叶')
    expect(wrapper.get('[data-testid="import-template-xlsx"]').attributes()).toMatchObject({
      href: '/api/products/imports/template?category=TEA&format=xlsx',
      download: '',
    })
    expect(wrapper.get('[data-testid="import-template-csv"]').attributes('href')).toBe(
      '/api/products/imports/template?category=TEA&format=csv',
    )
    expect(text(wrapper, 'import-all-or-nothing-hint')).toBe('开启：只要有一行有问题，整个文件都不导入')
    await wrapper.get('[data-testid="import-all-or-nothing"]').trigger('click')
    expect(text(wrapper, 'import-all-or-nothing-hint')).toBe('关闭：导入没有问题的行，有问题的行跳过并列入报告')

    await pick(wrapper, new File(['sku_code\nX-1'], 'teas.csv', { type: 'text/csv' }))

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(String(post[0])).toBe('/api/products/imports?producerId=p-1&category=TEA&allOrNothing=false')
    expect(new Headers(post[1]?.headers).get('X-XSRF-TOKEN')).toBe('producer-token')
    expect(((post[1]?.body as FormData).get('file') as File).name).toBe('teas.csv')
    expect(router.currentRoute.value.query).toEqual({ job: 'job-1' })
    expect(text(wrapper, 'import-progress-text')).toBe('已检查 250 / 1000 行')
  })

  it('shows checking, then writing, then the counts and the problems of a finished import', async () => {
    const problems = gradeProblems(3, 501)
    const { wrapper, fetchMock } = await mountPage(`/producer/products/import?job=job-1`, {
      [`GET ${JOB_PATH}`]: polls(
        importJob({ checkedRows: 500 }),
        importJob({ state: 'WRITING', checkedRows: 1000, writtenRows: 250, problems }),
        importJob({ state: 'DONE', checkedRows: 1000, writtenRows: 997, created: 990, updated: 7, problems }),
      ),
    })

    expect(text(wrapper, 'import-progress-text')).toBe('已检查 500 / 1000 行')
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('50')
    await nextPoll()
    expect(text(wrapper, 'import-progress-text')).toBe('已写入 250 / 997 行')
    expect(text(wrapper, 'import-state')).toBe('写入中')
    await nextPoll()

    expect(wrapper.find('[data-testid="import-progress-text"]').exists()).toBe(false)
    expect(text(wrapper, 'import-outcome')).toContain('导入完成，有问题的行未导入')
    expect(text(wrapper, 'import-created')).toBe('990')
    expect(text(wrapper, 'import-updated')).toBe('7')
    expect(text(wrapper, 'import-problem-count')).toBe('3')
    expect(text(wrapper, 'import-problems-total')).toBe('共 3 个问题')
    expect(wrapper.findAll('[data-testid="import-problem-row"]').map((row) => row.text())).toEqual(['501', '502', '503'])
    expect(text(wrapper, 'import-problems-table')).toContain('须为以下之一：特级（SUPER）、一级（FIRST）、二级（SECOND）、三级（THIRD）')
    expect(wrapper.get('[data-testid="import-report"]').attributes()).toMatchObject({
      href: '/api/products/imports/job-1/report?lang=zh',
      download: '',
    })

    await nextPoll()
    await nextPoll()
    expect(pollsOf(fetchMock)).toHaveLength(3)
  })

  it('says that nothing was written when all-or-nothing met a bad row', async () => {
    const { wrapper } = await mountPage('/producer/products/import?job=job-1', {
      [`GET ${JOB_PATH}`]: () =>
        jsonResponse(importJob({ state: 'REJECTED', allOrNothing: true, checkedRows: 1000, problems: gradeProblems(2) })),
    })

    expect(text(wrapper, 'import-state')).toBe('未导入')
    expect(text(wrapper, 'import-outcome')).toContain('未写入任何商品')
    expect(text(wrapper, 'import-created')).toBe('0')
    expect(wrapper.findAll('[data-testid="import-problem-row"]').map((row) => row.text())).toEqual(['2', '3'])
  })

  it('shows why an import failed, in the server’s words', async () => {
    const failure = 'The hub restarted while this import was running. Upload the file again.'
    const { wrapper } = await mountPage('/producer/products/import?job=job-1', {
      [`GET ${JOB_PATH}`]: () => jsonResponse(importJob({ state: 'FAILED', writtenRows: 500, created: 500, failure })),
    })

    expect(text(wrapper, 'import-state')).toBe('已中断')
    expect(text(wrapper, 'import-outcome')).toContain('导入中断')
    expect(text(wrapper, 'import-outcome')).toContain(failure)
    expect(text(wrapper, 'import-created')).toBe('500')
    expect(wrapper.find('[data-testid="import-problems"]').exists()).toBe(false)
  })

  it('stops polling when the page goes away', async () => {
    const signals: AbortSignal[] = []
    const { wrapper, fetchMock } = await mountPage('/producer/products/import?job=job-1', {
      [`GET ${JOB_PATH}`]: (init) => {
        signals.push(init!.signal!)
        return jsonResponse(importJob({ checkedRows: 250 }))
      },
    })
    await nextPoll()
    expect(pollsOf(fetchMock)).toHaveLength(2)

    wrapper.unmount()
    await nextPoll()
    await nextPoll()

    expect(pollsOf(fetchMock)).toHaveLength(2)
    expect(signals.at(-1)?.aborted).toBe(true)
  })

  it('rides out a few failed polls, then shows the error and polls again on retry', async () => {
    const unavailable = () => problemResponse({ status: 503, title: 'Service Unavailable', detail: 'MongoDB is not reachable' })
    const { wrapper, fetchMock } = await mountPage('/producer/products/import?job=job-1', {
      [`GET ${JOB_PATH}`]: polls(
        importJob({ checkedRows: 250 }),
        unavailable,
        unavailable,
        unavailable,
        importJob({ checkedRows: 750 }),
        unavailable,
        unavailable,
        unavailable,
        unavailable,
        importJob({ state: 'DONE', checkedRows: 1000, writtenRows: 1000, created: 1000 }),
      ),
    })
    for (let poll = 0; poll < 4; poll++) await nextPoll()
    expect(text(wrapper, 'import-progress-text')).toBe('已检查 750 / 1000 行')
    expect(wrapper.find('[data-testid="import-poll-error"]').exists()).toBe(false)

    for (let poll = 0; poll < 4; poll++) await nextPoll()
    expect(text(wrapper, 'import-poll-error')).toContain('暂时无法获取导入进度')
    expect(text(wrapper, 'import-poll-error')).toContain('MongoDB is not reachable')
    await nextPoll()
    expect(pollsOf(fetchMock)).toHaveLength(9)

    await wrapper.get('[data-testid="import-poll-error"] button').trigger('click')
    await flushPromises()
    expect(text(wrapper, 'import-created')).toBe('1000')
    expect(wrapper.find('[data-testid="import-poll-error"]').exists()).toBe(false)
  })

  it('gives up at once on an import that is not the account’s', async () => {
    const { wrapper, fetchMock } = await mountPage('/producer/products/import?job=job-1', {
      [`GET ${JOB_PATH}`]: () => problemResponse({ status: 404, title: 'Not Found', detail: 'No product import job-1' }),
    })
    await nextPoll()

    expect(text(wrapper, 'import-poll-error')).toContain('No product import job-1')
    expect(pollsOf(fetchMock)).toHaveLength(1)
  })

  it('lists the recent imports, opens one and starts afresh with “import another file”', async () => {
    const older = importSummary({ id: 'job-0', filename: 'spring.csv', state: 'REJECTED', created: 0, problemCount: 4 })
    const { wrapper, router } = await mountPage(
      '/producer/products/import',
      { [`GET ${JOB_PATH}`]: () => jsonResponse(importJob({ state: 'DONE', checkedRows: 1000, writtenRows: 1000, created: 1000 })) },
      [importSummary(), older],
    )

    const rows = wrapper.findAll('[data-testid="recent-imports-table"] tbody tr')
    expect(rows.map((row) => row.get('[data-testid="import-state"]').text())).toEqual(['已完成', '未导入'])
    expect(rows[1]!.get('[data-testid="recent-import-outcome"]').text()).toBe('新建 0 · 更新 0 · 问题 4')
    expect(rows[0]!.get('[data-testid="recent-import-open"]').attributes('href')).toBe('/producer/products/import?job=job-1')

    await rows[0]!.get('[data-testid="recent-import-open"]').trigger('click')
    await flushPromises()
    expect(text(wrapper, 'import-outcome')).toContain('所有行均已写入')

    await wrapper.get('button[data-testid="import-another"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(wrapper.find('[data-testid="import-form"]').exists()).toBe(true)
  })
})
