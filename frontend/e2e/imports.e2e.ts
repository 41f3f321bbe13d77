import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page, Response } from 'playwright-core'
import { expectText, launchHubBrowser, requiredEnv, screenshots, signIn, type HubBrowser } from './browser'
import { QIMEN, verifiedQimenProducer } from './fixtures'
import { xlsx, type Cell } from './xlsx'

/*
 * Bulk product import against a running backend that serves the built frontend:
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e
 * Set up through the API: a PRODUCER account with a cooperative in Qimen County, verified by the administrator.
 * In the browser: the producer opens the import wizard from "my products", chooses TEA, turns all-or-nothing off
 * and uploads a generated 1,000-row XLSX with three bad rows; the wizard follows the import to 997 created products
 * and three problems, said in Chinese (a bad grade lists 特级（SUPER）…), whose CSV report downloads in Chinese;
 * the job survives a reload (?job=) and is listed under recent imports.
 * A second, small file with one bad row and all-or-nothing on is rejected without writing anything.
 */

const TEA_HEADER = [
  'sku_code', 'spec', 'price_yuan', 'stock', 'barcode', 'weight_grams', 'name_zh', 'name_en', 'description_zh',
  'description_en', 'variety', 'grade', 'harvest', 'harvestYear', 'originCounty', 'netWeightGrams',
]
const ROWS = 1000
/** Line numbers in the file (header = line 1) of the rows that are bad, and why. */
const BAD_LINES: Record<number, 'grade' | 'price_yuan'> = { 101: 'grade', 502: 'price_yuan', 903: 'grade' }

function teaRows(run: string): Cell[][] {
  const rows: Cell[][] = [TEA_HEADER]
  for (let n = 1; n <= ROWS; n++) {
    const bad = BAD_LINES[n + 1]
    rows.push([
      `X-${run}-${n}`, '250g', bad === 'price_yuan' ? 99.905 : 99.9, 50, '', 300, `黄山毛峰 ${n}`, `Maofeng ${n}`,
      '<p>毛峰</p>', '', '黄山毛峰', bad === 'grade' ? 'BEST' : 'FIRST', 'PRE_QINGMING', 2026, QIMEN, 250,
    ])
  }
  return rows
}

describe('bulk product import in the browser', () => {
  let baseUrl: string
  let adminPassword: string
  let browser: HubBrowser
  let page: Page
  let jobId: string

  const run = Date.now().toString(36)
  const producerUser = { username: `e2e-imp-${run}`, password: `e2e-imp-${run}-Secret-1` }
  const filename = `teas-${run}.xlsx`

  const url = (path: string) => new URL(path, baseUrl).toString()
  const pathOf = (response: Response) => new URL(response.url()).pathname
  const shot = (name: string) => page.screenshot({ path: join(screenshots, name), fullPage: true })
  const problemRows = async () => (await page.getByTestId('import-problem-row').allTextContents()).map(Number)

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    adminPassword = requiredEnv('HUB_ADMIN_PASSWORD')
    browser = await launchHubBrowser()
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('sets up a verified producer in Qimen through the API', async () => {
    await verifiedQimenProducer(browser, baseUrl, {
      user: producerUser,
      displayName: '毛峰茶农（浏览器测试）',
      legalNameZh: `祁门县毛峰合作社（浏览器测试 ${run}）`,
      adminPassword,
    })
  })

  it('opens the wizard from my products, chooses TEA and turns all-or-nothing off', async () => {
    await signIn(page, baseUrl, producerUser)
    await page.goto(url('/producer/products'))
    await page.getByTestId('product-import-link').click()
    await expectText(page.getByTestId('section-title'), '批量导入商品')
    await page.getByTestId('recent-imports-empty').waitFor()

    await page.getByTestId('import-category').click()
    await page.locator('.import-category-options .el-select-dropdown__item:visible').getByText('茶叶', { exact: true }).click()
    expect(await page.getByTestId('import-template-xlsx').getAttribute('href')).toBe('/api/products/imports/template?category=TEA&format=xlsx')
    await page.getByTestId('import-all-or-nothing').click()
    await expectText(page.getByTestId('import-all-or-nothing-hint'), '关闭：导入没有问题的行')
    await shot('import-form.png')
  })

  it('uploads 1,000 rows with three bad ones and follows the import to 997 created products', async () => {
    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === '/api/products/imports' && r.request().method() === 'POST'),
      page.getByTestId('import-upload').locator('input[type="file"]').setInputFiles({
        name: filename,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: xlsx(teaRows(run), 'TEA'),
      }),
    ])
    expect(response.status(), await response.text()).toBe(202)
    const started = (await response.json()) as { id: string; totalRows: number; allOrNothing: boolean }
    expect(started).toMatchObject({ totalRows: ROWS, allOrNothing: false })
    jobId = started.id
    expect(new URL(response.url()).searchParams.get('category')).toBe('TEA')

    await page.getByTestId('import-progress').waitFor()
    expect(new URL(page.url()).searchParams.get('job')).toBe(jobId)
    // The first progress is saved after 250 rows: catch the bar moving, unless the import is quicker than the poll.
    await page.waitForFunction(() => {
      const progress = document.querySelector('[data-testid="import-progress"]')
      const bar = progress?.querySelector('[role="progressbar"]')
      return !bar || Number(bar.getAttribute('aria-valuenow')) > 0
    })
    await shot('import-progress.png')

    await page.locator('[data-testid="import-progress"][data-state="DONE"]').waitFor({ timeout: 60_000 })
    await expectText(page.getByTestId('import-created'), '997')
    await expectText(page.getByTestId('import-updated'), '0')
    await expectText(page.getByTestId('import-problem-count'), '3')
    await expectText(page.getByTestId('import-problems-total'), '共 3 个问题')
    expect(await problemRows()).toEqual([101, 502, 903])
    const table = page.getByTestId('import-problems-table')
    await expectText(table.locator('tbody tr').nth(0), 'grade')
    await expectText(table.locator('tbody tr').nth(0), '等级')
    await expectText(table.locator('tbody tr').nth(0), '须为以下之一：特级（SUPER）、一级（FIRST）、二级（SECOND）、三级（THIRD）')
    await expectText(table.locator('tbody tr').nth(1), 'price_yuan')
    await expectText(table.locator('tbody tr').nth(1), '小数不能超过两位（精确到分）')
    await shot('import-result.png')
    await page.getByTestId('import-problems').screenshot({ path: join(screenshots, 'import-problems.png') })
  })

  it('downloads the problem report as CSV in the language of the page', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-report').click()])
    expect(download.suggestedFilename()).toBe(`import-${jobId}-report.csv`)
    const report = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
    const lines = report.trim().split(/\r?\n/)
    expect(lines[0]).toBe('行号,列,问题')
    expect(lines[1]).toBe('101,grade,须为以下之一：SUPER、FIRST、SECOND、THIRD')
    const rowAndColumn = (line: string) => line.split(',').slice(0, 2).map((cell) => cell.replace(/^"|"$/g, '')).join(',')
    expect(lines.slice(1).map(rowAndColumn)).toEqual([
      '101,grade',
      '502,price_yuan',
      '903,grade',
    ])
  })

  it('resumes the finished import after a reload and lists it under recent imports', async () => {
    await page.reload()
    await page.locator('[data-testid="import-progress"][data-state="DONE"]').waitFor()
    await expectText(page.getByTestId('import-created'), '997')
    const recent = page.getByTestId('recent-imports-table').locator('tbody tr').filter({ hasText: filename })
    await expectText(recent.getByTestId('import-state'), '已完成')
    await expectText(recent.getByTestId('recent-import-outcome'), '新建 997 · 更新 0 · 问题 3')

    await page.getByTestId('lang-switch').click()
    await expectText(page.getByTestId('section-title'), 'Bulk product import')
    await expectText(page.getByTestId('import-problems-total'), 'Total: 3')
    await expectText(page.getByTestId('import-problem-message').first(), 'must be one of: Special grade (SUPER)')
    expect(await page.getByTestId('import-report').getAttribute('href')).toBe(`/api/products/imports/${jobId}/report?lang=en`)
    await shot('import-result-en.png')

    await page.setViewportSize({ width: 390, height: 844 })
    await shot('import-result-narrow.png')
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.product-import-page *')]
        .filter((element) => !element.parentElement?.closest('.el-table'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => element.className || element.tagName),
    )
    expect(overflowing).toEqual([])
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByTestId('lang-switch').click()
  })

  it('starts afresh with “import another file” and writes nothing from a bad file when all-or-nothing is on', async () => {
    await page.getByTestId('import-another').click()
    await page.getByTestId('import-form').waitFor()
    expect(new URL(page.url()).searchParams.has('job')).toBe(false)

    await page.getByTestId('import-category').click()
    await page.locator('.import-category-options .el-select-dropdown__item:visible').getByText('茶叶', { exact: true }).click()
    await expectText(page.getByTestId('import-all-or-nothing-hint'), '开启：只要有一行有问题')
    const rows = teaRows(run).slice(0, 6)
    rows[3]![11] = 'BEST'
    await page.getByTestId('import-upload').locator('input[type="file"]').setInputFiles({
      name: `again-${run}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx(rows),
    })
    await page.locator('[data-testid="import-progress"][data-state="REJECTED"]').waitFor({ timeout: 30_000 })
    await expectText(page.getByTestId('import-outcome'), '未写入任何商品')
    await expectText(page.getByTestId('import-created'), '0')
    await expectText(page.getByTestId('import-updated'), '0')
    expect(await problemRows()).toEqual([4])
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
