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
  return {
    context,
    page,
    pageErrors,
    async close() {
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
  await page.getByTestId('login-submit').click()
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
