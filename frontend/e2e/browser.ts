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
