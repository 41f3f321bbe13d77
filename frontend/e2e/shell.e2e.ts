import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectText, launchHubBrowser, requiredEnv, screenshots, type HubBrowser } from './browser'

/*
 * Browser journey through the shell against a running backend that serves the built frontend.
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e
 * The tests share one page and run in order: anonymous first, then signed in as admin.
 */

async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang')
}

/** On a 390 px phone the header fits the screen, with logout and the menu on it; the menu opens the sections. */
async function expectHeaderFitsPhone(page: Page, locale: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 })
  try {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }))
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
    for (const testId of ['logout', 'menu-toggle', 'lang-switch']) {
      const box = await page.getByTestId(testId).boundingBox()
      expect(box, testId).not.toBeNull()
      expect(box!.x + box!.width, testId).toBeLessThanOrEqual(innerWidth)
      expect(await page.getByTestId(testId).isVisible(), testId).toBe(true)
    }
    await page.getByTestId('menu-toggle').click()
    await page.getByTestId('nav-admin').waitFor()
    await page.getByTestId('nav-current-user').waitFor()
    await page.screenshot({ path: join(screenshots, `shell-phone-${locale}.png`) })
    await page.getByTestId('menu-toggle').click()
    await page.getByTestId('nav-admin').waitFor({ state: 'hidden' })
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 })
  }
}

describe('hub shell in the browser', () => {
  let baseUrl: string
  let adminPassword: string
  let browser: HubBrowser
  let page: Page

  const url = (path: string) => new URL(path, baseUrl).toString()
  const pathOf = (page: Page) => new URL(page.url()).pathname

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    adminPassword = requiredEnv('HUB_ADMIN_PASSWORD')
    browser = await launchHubBrowser()
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens in Chinese by default', async () => {
    await page.goto(url('/'))

    await expectText(page.getByTestId('nav-pavilion'), '安徽馆')
    await expectText(page.getByTestId('nav-admin'), '管理')
    expect(await htmlLang(page)).toBe('zh-CN')
    await page.getByTestId('login-link').waitFor()
  })

  it('sends an anonymous deep link to /admin to the login page', async () => {
    await page.goto(url('/admin'))

    await page.getByTestId('login-username').waitFor()
    expect(pathOf(page)).toBe('/login')
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/admin')
  })

  it('shows the server’s error for a wrong password', async () => {
    await page.getByTestId('login-username').fill('admin')
    await page.getByTestId('login-password').fill(`${adminPassword}-wrong`)
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST'),
      page.getByTestId('login-submit').click(),
    ])

    expect(response.status()).toBe(401)
    expect(response.headers()['content-type']).toContain('application/problem+json')
    const problem = (await response.json()) as { title?: string; detail?: string }
    await expectText(page.getByTestId('login-error'), problem.detail ?? problem.title ?? '')
    expect(pathOf(page)).toBe('/login')
  })

  it('signs in as admin and returns to the admin section', async () => {
    await page.getByTestId('login-password').fill(adminPassword)
    await page.getByTestId('login-submit').click()

    await page.getByTestId('current-user').waitFor()
    expect((await page.getByTestId('current-user').textContent())?.trim()).not.toBe('')
    await page.getByTestId('section-title').waitFor()
    expect(pathOf(page)).toBe('/admin')

    await page.getByTestId('nav-pavilion').click()
    await page.getByTestId('pavilion-search').waitFor()
    await page.getByTestId('nav-admin').click()
    await expectText(page.getByTestId('section-title'), '账号管理')
    await page.screenshot({ path: join(screenshots, 'shell-zh.png'), fullPage: true })
  })

  it('fits the header on a 390 px phone in Chinese, logout and menu on screen', async () => {
    await expectHeaderFitsPhone(page, 'zh')
  })

  it('switches to English and keeps the choice across a reload', async () => {
    await page.getByTestId('lang-switch').click()

    await expectText(page.getByTestId('nav-pavilion'), 'Pavilion')
    await expectText(page.getByTestId('nav-admin'), 'Admin')
    expect(await htmlLang(page)).toBe('en')
    await page.screenshot({ path: join(screenshots, 'shell-en.png'), fullPage: true })

    await page.reload()
    await expectText(page.getByTestId('nav-pavilion'), 'Pavilion')
    await page.getByTestId('current-user').waitFor()
  })

  it('fits the header on a 390 px phone in English, logout and menu on screen', async () => {
    await expectHeaderFitsPhone(page, 'en')
  })

  it('logs out back to an anonymous shell', async () => {
    await page.getByTestId('logout').click()

    await page.getByTestId('login-link').waitFor()
    await page.waitForURL((current) => current.pathname === '/')
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
