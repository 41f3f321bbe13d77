import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { expectText, launchHubBrowser, requiredEnv, screenshots, type HubBrowser } from './browser'

/*
 * The administrator's account management against a running backend that serves the built frontend.
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e
 * The tests share one page and run in order. Every run opens a reviewer with a fresh username.
 */

const HUANGSHAN = '341000'

describe('account management in the browser', () => {
  let baseUrl: string
  let adminPassword: string
  let browser: HubBrowser
  let page: Page
  const username = `e2e-rev-${Date.now().toString(36)}`

  const url = (path: string) => new URL(path, baseUrl).toString()
  const accountRow = (name: string): Locator =>
    page
      .getByTestId('accounts-table')
      .locator('tbody tr')
      .filter({ has: page.getByTestId('account-username').getByText(name, { exact: true }) })
  /** An option of the Element Plus select whose dropdown carries `popperClass`, picked by its exact label. */
  const option = (popperClass: string, label: string): Locator =>
    page.locator(`.${popperClass} .el-select-dropdown__item:visible`).getByText(label, { exact: true })

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    adminPassword = requiredEnv('HUB_ADMIN_PASSWORD')
    browser = await launchHubBrowser()
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens the accounts page after an admin signs in', async () => {
    await page.goto(url('/admin'))
    await page.getByTestId('login-username').fill('admin')
    await page.getByTestId('login-password').fill(adminPassword)
    await page.getByTestId('login-submit').click()

    await expectText(page.getByTestId('section-title'), '账号管理')
    expect(new URL(page.url()).pathname).toBe('/admin')
    // The first administrator always exists, though earlier runs' reviewers may have pushed it off the first page.
    await page.locator('[data-testid="accounts-table"][data-status="done"]').waitFor()
    expect(await page.getByTestId('accounts-table').locator('tbody tr').count()).toBeGreaterThan(0)
  })

  it('creates a reviewer for Huangshan and shows it first in the table', async () => {
    await page.getByTestId('accounts-new').click()
    await page.getByTestId('account-form-username').fill(username)
    await page.getByTestId('account-form-display-name').fill('黄山市审核员（浏览器测试）')
    await page.getByTestId('account-form-password').fill(`${username}-Secret-1`)

    expect(await page.getByTestId('account-form-region').count()).toBe(0)
    await page.getByTestId('account-form-roles').click()
    await option('account-form-roles-options', '审核员').click()
    // A multiple select stays open; a click elsewhere in the dialog closes it.
    await page.getByTestId('account-form-display-name').click()

    await page.getByTestId('account-form-region').click()
    await page.getByTestId('account-form-region').locator('input').fill('黄山')
    await option('region-scope-options', '黄山市').click()

    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/admin/accounts' && r.request().method() === 'POST',
      ),
      page.getByTestId('account-form-submit').click(),
    ])
    expect(response.status()).toBe(201)
    expect(response.request().postDataJSON()).toMatchObject({ username, roles: ['REVIEWER'], regionScope: HUANGSHAN })

    await page.getByTestId('account-form').waitFor({ state: 'hidden' })
    await expectText(page.locator('.el-message--success'), username)
    const row = accountRow(username)
    await row.waitFor()
    await expectText(row, '审核员')
    await expectText(row, '黄山市')
    await expectText(page.getByTestId('accounts-table').locator('tbody tr').first(), username)
    await page.screenshot({ path: join(screenshots, 'admin-accounts.png'), fullPage: true })
  })

  it('finds accounts by the start of their username', async () => {
    await page.getByTestId('accounts-search').fill('admin')
    await page.getByTestId('accounts-search').press('Enter')
    await accountRow('admin').waitFor()
    await accountRow(username).waitFor({ state: 'detached' })
    await expectText(accountRow('admin'), '管理员')

    await page.getByTestId('accounts-search').fill(username.slice(0, -2))
    await page.getByTestId('accounts-search').press('Enter')
    await accountRow(username).waitFor()
    await accountRow('admin').waitFor({ state: 'detached' })
  })

  it('refuses the same username again with the server’s explanation', async () => {
    await page.getByTestId('accounts-new').click()
    await page.getByTestId('account-form-username').fill(username)
    await page.getByTestId('account-form-display-name').fill('重复的账号')
    await page.getByTestId('account-form-password').fill(`${username}-Secret-2`)
    await page.getByTestId('account-form-roles').click()
    await option('account-form-roles-options', '消费者').click()
    await page.getByTestId('account-form-display-name').click()

    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/admin/accounts' && r.request().method() === 'POST',
      ),
      page.getByTestId('account-form-submit').click(),
    ])
    expect(response.status()).toBe(409)
    const problem = (await response.json()) as { type?: string; detail?: string; title?: string }
    expect(problem.type).toBe('/problems/username-taken')
    await expectText(page.locator('.el-message--error'), problem.detail ?? problem.title ?? '')
    expect(await page.getByTestId('account-form').isVisible()).toBe(true)
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
