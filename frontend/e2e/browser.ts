import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'

/** Shared by the browser journeys: the Debian chromium, headless, with a throw-away profile. */
export const screenshots = fileURLToPath(new URL('../target/screenshots/', import.meta.url))

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} must be set for the browser tests`)
  return value
}

/** Every page a journey has open, with the API answers it got that were not a success: read by failure-report.ts. */
export const openPages = new Map<Page, string[]>()

/** How many failed API answers a page keeps for the failure report. */
const KEPT_FAILED_ANSWERS = 12

export interface HubBrowser {
  context: BrowserContext
  page: Page
  /** Uncaught errors raised in the page so far. */
  pageErrors: string[]
  close(): Promise<void>
}

export async function launchHubBrowser(): Promise<HubBrowser> {
  await mkdir(screenshots, { recursive: true })
  const profileDir = await mkdtemp(join(tmpdir(), 'wanhuo-hub-e2e-'))
  const context = await chromium
    .launchPersistentContext(profileDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    })
    .catch(async (error: unknown) => {
      await rm(profileDir, { recursive: true, force: true })
      throw error
    })
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  const failedAnswers: string[] = []
  openPages.set(page, failedAnswers)
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    // Asking who is signed in answers 401 on every page while nobody is: not a failure.
    if (response.status() < 400 || (path === '/api/auth/me' && response.status() === 401)) return
    failedAnswers.push(`${new Date().toISOString()} ${response.request().method()} ${path} -> ${response.status()}`)
    if (failedAnswers.length > KEPT_FAILED_ANSWERS) failedAnswers.shift()
  })
  return {
    context,
    page,
    pageErrors,
    async close() {
      openPages.delete(page)
      await context.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

export async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor()
  expect((await locator.first().textContent())?.trim()).toContain(text)
}

/** Logs in through the login page and waits until the shell shows the user. */
export async function signIn(page: Page, baseUrl: string, user: { username: string; password: string }): Promise<void> {
  await page.goto(new URL('/login', baseUrl).toString())
  await page.getByTestId('login-username').fill(user.username)
  await page.getByTestId('login-password').fill(user.password)
  const [answer] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST'),
    page.getByTestId('login-submit').click(),
  ])
  expect(answer.status(), `login of ${user.username}: ${await answer.text()}`).toBe(200)
  await page.getByTestId('current-user').waitFor()
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click()
  await page.getByTestId('login-link').waitFor()
}

/** A fresh CSRF header for API calls made with page.request in the browser's session. */
export async function csrfHeader(browser: HubBrowser, baseUrl: string): Promise<Record<string, string>> {
  const issued = await browser.page.request.get(new URL('/api/auth/csrf', baseUrl).toString())
  expect(issued.ok()).toBe(true)
  const body = (await issued.json()) as { headerName?: string; token?: string }
  const cookie = (await browser.context.cookies(baseUrl)).find((candidate) => candidate.name === 'XSRF-TOKEN')
  const token = cookie ? decodeURIComponent(cookie.value) : body.token
  if (!token) throw new Error('the server issued no CSRF token')
  return { [body.headerName ?? 'X-XSRF-TOKEN']: token }
}

export interface ApiAnswer {
  status: number
  body: Record<string, unknown>
}

/** POSTs JSON to the API in the browser's session, with a fresh CSRF header; the body is {} when not JSON. */
export async function apiPost(browser: HubBrowser, baseUrl: string, path: string, data: unknown): Promise<ApiAnswer> {
  const response = await browser.page.request.post(new URL(path, baseUrl).toString(), {
    headers: await csrfHeader(browser, baseUrl),
    data,
  })
  return { status: response.status(), body: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}
