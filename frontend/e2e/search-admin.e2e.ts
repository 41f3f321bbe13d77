import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { csrfHeader, expectText, launchHubBrowser, requiredEnv, screenshots, type HubBrowser } from './browser'

/*
 * The administrator's search page against a running backend that serves the built frontend: index status,
 * rebuild, reconcile, and a synonym group taking effect in the pavilion search.
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npx vitest run --config vitest.e2e.config.ts e2e/search-admin.e2e.ts
 * The tests share one page and run in order. Every run adds (and deletes) a group with a fresh Latin word.
 */

const MAOFENG = '黄山毛峰'

describe('search administration in the browser', () => {
  let baseUrl: string
  let browser: HubBrowser
  let page: Page
  const word = `zq${Date.now().toString(36)}`
  let groupId = ''

  const url = (path: string) => new URL(path, baseUrl).toString()
  const groupRow = (): Locator =>
    page.getByTestId('synonyms-table').locator('tbody tr').filter({ has: page.locator(`[data-id="${groupId}"]`) })
  const rowTerms = async (): Promise<string[]> =>
    (await groupRow().locator('.el-tag').allTextContents()).map((text) => text.trim())
  const messageBoxButton = (which: 'confirm' | 'cancel'): Locator =>
    page.locator('.el-message-box__btns button').nth(which === 'confirm' ? 1 : 0)
  const synonymsCalled = (method: string) => (response: { url(): string; request(): { method(): string } }) =>
    new URL(response.url()).pathname.startsWith('/api/admin/synonyms') && response.request().method() === method
  const shot = (name: string) => page.screenshot({ path: join(screenshots, name), fullPage: true })

  async function typeTerms(...terms: string[]): Promise<void> {
    const input = page.getByTestId('synonym-term-input')
    for (const term of terms) {
      await input.fill(term)
      await input.press('Enter')
    }
  }

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    browser = await launchHubBrowser()
    page = browser.page
    await page.goto(url('/admin/search'))
    await page.getByTestId('login-username').fill('admin')
    await page.getByTestId('login-password').fill(requiredEnv('HUB_ADMIN_PASSWORD'))
    await page.getByTestId('login-submit').click()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens on the index status after an admin signs in', async () => {
    await expectText(page.getByTestId('section-title'), '搜索管理')
    expect(new URL(page.url()).pathname).toBe('/admin/search')
    await page.locator('[data-testid="index-status"][data-state="done"]').waitFor()
    await expectText(page.getByTestId('index-alias'), 'products')
    expect(Number(await page.getByTestId('index-backlog').textContent())).toBeGreaterThanOrEqual(0)
    await page.locator('[data-testid="synonyms-table"][data-status="done"]').waitFor()
    expect(await page.getByTestId('synonym-row').count()).toBeGreaterThan(0)
  })

  it('adds a group whose new word then finds 黄山毛峰 in the pavilion search', async () => {
    await page.getByTestId('synonym-add').click()
    await typeTerms(word)
    await page.getByTestId('synonym-form-submit').click()
    await expectText(page.locator('[data-testid="synonym-form"] .el-form-item__error'), '一组至少需要 2 个词语')

    await typeTerms(MAOFENG)
    const [response] = await Promise.all([
      page.waitForResponse(synonymsCalled('POST')),
      page.getByTestId('synonym-form-submit').click(),
    ])
    expect(response.status()).toBe(201)
    groupId = ((await response.json()) as { id: string }).id
    await page.getByTestId('synonym-form').waitFor({ state: 'hidden' })
    await groupRow().waitFor()
    expect(await rowTerms()).toEqual([word, MAOFENG])
    await expectText(groupRow(), 'admin')

    // The synonym table is read at most every 5 s per instance; the box is searched again until it takes effect.
    await page.getByTestId('synonym-try-input').fill(word)
    const names = page.getByTestId('synonym-try-name')
    const deadline = Date.now() + 15_000
    while (!(await names.allTextContents()).some((name) => name.includes(MAOFENG))) {
      expect(Date.now(), `no ${MAOFENG} for ${word} within 15 s`).toBeLessThan(deadline)
      await page.waitForTimeout(1000)
      await page.getByTestId('synonym-try-submit').click()
      await page.getByTestId('synonym-try-results').waitFor({ timeout: 5000 }).catch(() => {})
    }
    await page.getByTestId('synonym-try').scrollIntoViewIfNeeded()
    await shot('admin-search-synonym.png')
  })

  it('edits the group with the version it loaded, and explains a concurrent change', async () => {
    await groupRow().getByTestId('synonym-edit').click()
    await typeTerms(`${word}b`)
    const [response] = await Promise.all([
      page.waitForResponse(synonymsCalled('PUT')),
      page.getByTestId('synonym-form-submit').click(),
    ])
    expect(response.status()).toBe(200)
    expect(new URL(response.url()).searchParams.get('version')).toBe('0')
    await page.getByTestId('synonym-form').waitFor({ state: 'hidden' })
    await expect.poll(rowTerms).toEqual([word, MAOFENG, `${word}b`])

    // Someone else saves while the dialog is open.
    await groupRow().getByTestId('synonym-edit').click()
    const changed = await page.request.put(url(`/api/admin/synonyms/${groupId}?version=1`), {
      headers: await csrfHeader(browser, baseUrl),
      data: { terms: [word, MAOFENG, '毛峰'] },
    })
    expect(changed.status()).toBe(200)
    await typeTerms(`${word}c`)
    const [stale] = await Promise.all([
      page.waitForResponse(synonymsCalled('PUT')),
      page.getByTestId('synonym-form-submit').click(),
    ])
    expect(stale.status()).toBe(409)
    await expectText(page.getByTestId('synonym-conflict'), '其他管理员刚刚修改了这个同义词组')
    await expect.poll(rowTerms).toEqual([word, MAOFENG, '毛峰'])
    await shot('admin-search-conflict.png')

    const [replaced] = await Promise.all([
      page.waitForResponse(synonymsCalled('PUT')),
      page.getByTestId('synonym-form-submit').click(),
    ])
    expect(replaced.status()).toBe(200)
    await expect.poll(rowTerms).toEqual([word, MAOFENG, `${word}b`, `${word}c`])
  })

  it('deletes the group only after confirming', async () => {
    await groupRow().getByTestId('synonym-delete').click()
    await expectText(page.locator('.el-message-box'), word)
    await messageBoxButton('cancel').click()
    await page.locator('.el-message-box').waitFor({ state: 'hidden' })
    expect(await groupRow().count()).toBe(1)

    await groupRow().getByTestId('synonym-delete').click()
    const [response] = await Promise.all([
      page.waitForResponse(synonymsCalled('DELETE')),
      messageBoxButton('confirm').click(),
    ])
    expect(response.status()).toBe(204)
    await groupRow().waitFor({ state: 'detached' })
  })

  it('rebuilds the index while following its progress, then reconciles', async () => {
    const before = await page.getByTestId('rebuild-started').textContent().catch(() => null)
    await page.getByTestId('index-rebuild').click()
    await expectText(page.locator('.el-message-box'), '重建期间搜索照常使用旧索引')
    await messageBoxButton('confirm').click()
    // A small catalogue rebuilds in a second or two; the progress is captured when the page is quick enough to show it.
    await page.getByTestId('rebuild-progress').waitFor({ timeout: 2000 }).then(() => shot('admin-search-rebuilding.png'), () => {})
    await page.locator('[data-testid="rebuild-outcome"][data-outcome="finished"]').waitFor({ timeout: 60_000 })
    await expectText(page.getByTestId('rebuild-outcome'), '重建完成')
    expect(await page.getByTestId('rebuild-started').textContent()).not.toBe(before)
    expect(Number(await page.getByTestId('rebuild-indexed').textContent())).toBeGreaterThan(0)

    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/admin/search/reconcile'),
      page.getByTestId('index-reconcile').click(),
    ])
    if (response.status() === 409) {
      // The scheduled reconcile of this or another instance held the lock.
      await expectText(page.getByTestId('reconcile-error'), '另一个实例正在重建或修复索引')
    } else {
      expect(response.status()).toBe(200)
      await expectText(page.getByTestId('reconcile-report'), '缺失')
    }
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.locator('.el-message').first().waitFor({ state: 'detached' })
    await shot('admin-search-zh.png')
  })

  it('reads in English', async () => {
    await page.getByTestId('lang-switch').click()
    await expectText(page.getByTestId('section-title'), 'Search')
    await expectText(page.getByTestId('index-status'), 'Products waiting for indexing')
    await expectText(page.getByTestId('rebuild-outcome'), 'Rebuild finished')
    await shot('admin-search-en.png')

    await page.getByTestId('synonym-add').click()
    await typeTerms('Keemun', 'keemun')
    await expectText(page.locator('[data-testid="synonym-form"] .el-form-item__error'), 'is in the group already')
    await shot('admin-search-dialog-en.png')
    await page.keyboard.press('Escape')
    await page.getByTestId('synonym-form').waitFor({ state: 'hidden' })

    await page.setViewportSize({ width: 390, height: 844 })
    await shot('admin-search-narrow-en.png')
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.search-admin-page *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => !element.closest('.el-table'))
        .map((element) => element.className || element.tagName),
    )
    expect(overflowing).toEqual([])
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByTestId('lang-switch').click()
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
