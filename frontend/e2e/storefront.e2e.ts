import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page, Response } from 'playwright-core'
import { expectText, launchHubBrowser, requiredEnv, screenshots, type HubBrowser } from './browser'

/*
 * The storefront pages of the Anhui pavilion as an anonymous consumer, against a running hub with the demo seed:
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e
 * The home page with the 16 prefectures and the time-honoured shelf, 六安市 with its counties and specialties, a
 * time-honoured product and its producer, the same in English, and the home page on a phone. The tests share one
 * page and run in order.
 */

interface RegionCount {
  code: string
  nameZh: string
  nameEn: string
  count: number
}
interface Home {
  prefectures: RegionCount[]
  timeHonoured: { id: string; nameZh: string }[]
  campaigns: { nameZh: string }[]
}
interface PrefecturePage {
  counties: RegionCount[]
  specialties: { nameZh: string; geographicalIndication: boolean }[]
}

describe('the pavilion storefront in the browser', () => {
  let baseUrl: string
  let browser: HubBrowser
  let page: Page
  let producerPath: string

  const url = (path: string) => new URL(path, baseUrl).toString()
  const answerOf = (path: string) => (response: Response) => new URL(response.url()).pathname === path

  /** Runs an action that loads a storefront page and returns the server's JSON for it. */
  async function loaded<T>(path: string, action: () => Promise<unknown>): Promise<T> {
    const [response] = await Promise.all([page.waitForResponse(answerOf(path)), action()])
    expect(response.status()).toBe(200)
    return (await response.json()) as T
  }

  /**
   * Scrolls through the page, and each shelf sideways, so lazy covers load, and waits for every image, so a screenshot
   * shows them.
   */
  async function settleImages(): Promise<void> {
    await page.evaluate(async () => {
      const pause = () => new Promise((resolve) => setTimeout(resolve, 50))
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y)
        await pause()
        for (const shelf of document.querySelectorAll<HTMLElement>('.shelf')) {
          for (let x = 0; x < shelf.scrollWidth; x += 200) {
            shelf.scrollLeft = x
            await pause()
          }
          shelf.scrollLeft = 0
        }
      }
      window.scrollTo(0, 0)
    })
    await page.waitForFunction(() => [...document.images].every((image) => image.complete))
  }

  async function tiles(section: string): Promise<{ code: string; name: string; count: number }[]> {
    return page.getByTestId(section).locator('li[data-code]').evaluateAll((items) =>
      items.map((item) => ({
        code: item.getAttribute('data-code') ?? '',
        name: item.querySelector('[data-testid="region-name"]')?.textContent?.trim() ?? '',
        count: Number(item.querySelector('[data-testid="region-count"]')?.getAttribute('data-count')),
      })),
    )
  }

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    browser = await launchHubBrowser()
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the 16 prefectures with their counts and 耿福兴虾籽面 among the time-honoured brands', async () => {
    const home = await loaded<Home>('/api/pavilion/home', () => page.goto(url('/')))
    await page.getByTestId('home-prefectures').waitFor()

    const shown = await tiles('home-prefectures')
    expect(shown).toHaveLength(16)
    expect(shown).toEqual(home.prefectures.map((region) => ({ code: region.code, name: region.nameZh, count: region.count })))
    expect(shown.find((tile) => tile.code === '341500')?.name).toBe('六安市')
    // The demo seed's New Year fair is live; a hub without campaigns says they are coming.
    if (home.campaigns.length === 0) await expectText(page.getByTestId('campaigns-empty'), '活动即将上线')
    else await page.getByTestId('campaign-card').first().waitFor()
    expect(await page.getByTestId('campaign-name').allTextContents()).toEqual(home.campaigns.map((campaign) => campaign.nameZh))
    const shelf = page.getByTestId('shelf-time-honoured')
    await shelf.getByTestId('result-name').filter({ hasText: '耿福兴虾籽面' }).waitFor()
    expect(home.timeHonoured.map((item) => item.nameZh)).toContain('耿福兴虾籽面')
    expect(await page.getByTestId('nav-pavilion').getAttribute('aria-current')).toBe('page')
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'storefront-home-zh.png'), fullPage: true })
  })

  it('opens 六安市 with its counties, their counts and its specialties such as 六安瓜片', async () => {
    const luan = await loaded<PrefecturePage>('/api/pavilion/prefectures/341500', () =>
      page.getByTestId('home-prefectures').locator('li[data-code="341500"] a').click(),
    )

    expect(new URL(page.url()).pathname).toBe('/pavilion/prefectures/341500')
    await expectText(page.getByTestId('prefecture-name'), '六安市')
    expect((await tiles('prefecture-counties')).map(({ name, count }) => ({ name, count })))
      .toEqual(luan.counties.map((county) => ({ name: county.nameZh, count: county.count })))
    const guapian = page.getByTestId('specialty').filter({ hasText: '六安瓜片' })
    await guapian.waitFor()
    expect(await guapian.getByTestId('specialty-gi').count()).toBe(1)
    expect(luan.specialties.find((one) => one.nameZh === '六安瓜片')?.geographicalIndication).toBe(true)
    expect(await page.getByTestId('nav-pavilion').getAttribute('aria-current')).toBe('page')
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'storefront-prefecture-zh.png'), fullPage: true })

    const county = luan.counties.find((one) => one.count > 0)!
    await page.getByTestId('prefecture-counties').locator(`li[data-code="${county.code}"] a`).click()
    await page.waitForURL((current) => current.pathname === '/pavilion/search')
    expect(new URL(page.url()).searchParams.get('county')).toBe(county.code)
    await page.getByTestId('result-count').filter({ hasText: String(county.count) }).waitFor()
  })

  it('opens 耿福兴虾籽面 from the home page and follows its producer block to the producer page', async () => {
    await loaded('/api/pavilion/home', () => page.goto(url('/')))
    const card = page.getByTestId('shelf-time-honoured').getByTestId('result-card').filter({ hasText: '耿福兴虾籽面' })
    await card.click()
    await page.waitForURL((current) => current.pathname.startsWith('/pavilion/products/'))
    await expectText(page.getByTestId('product-name'), '耿福兴虾籽面')
    await page.getByTestId('provenance-badges').getByText('中华老字号').waitFor()
    await expectText(page.getByTestId('product-region'), '芜湖市')

    const block = page.getByTestId('product-producer')
    producerPath = (await block.getAttribute('href')) ?? ''
    expect(producerPath).toMatch(/^\/pavilion\/producers\//)
    await block.click()

    await page.waitForURL((current) => current.pathname === producerPath)
    await expectText(page.getByTestId('producer-type'), '中华老字号')
    await expectText(page.getByTestId('producer-brands'), '耿福兴')
    await page.getByTestId('producer-products').getByTestId('result-name').filter({ hasText: '耿福兴虾籽面' }).waitFor()
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'storefront-producer-zh.png'), fullPage: true })
  })

  it('speaks English on the producer, prefecture and home pages', async () => {
    await page.getByTestId('lang-switch').click()
    await expectText(page.getByTestId('producer-type'), 'China Time-honoured Brand')
    expect(await page.getByTestId('producer-name').textContent()).not.toMatch(/\p{Script=Han}/u)

    await loaded('/api/pavilion/prefectures/341500', () => page.goto(url('/pavilion/prefectures/341500')))
    await expectText(page.getByTestId('prefecture-name'), 'Lu')
    await page.getByTestId('specialty-name').filter({ hasText: 'Lu\'an Guapian' }).waitFor()
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'storefront-prefecture-en.png'), fullPage: true })

    const home = await loaded<Home>('/api/pavilion/home', () => page.goto(url('/')))
    if (home.campaigns.length === 0) await expectText(page.getByTestId('campaigns-empty'), 'Campaigns coming soon')
    else await expectText(page.getByTestId('campaign-when'), ' · ')
    const names = (await tiles('home-prefectures')).map((tile) => tile.name)
    expect(names).toContain('Hefei')
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(false)
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'storefront-home-en.png'), fullPage: true })
  })

  it('fits the home page on a 390 px phone', async () => {
    await page.getByTestId('lang-switch').click()
    await page.setViewportSize({ width: 390, height: 844 })
    await loaded('/api/pavilion/home', () => page.goto(url('/')))
    await page.getByTestId('shelf-time-honoured').waitFor()

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await page.getByTestId('home-prefectures').locator('li[data-code]').count()).toBe(16)
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'storefront-home-phone-zh.png'), fullPage: true })

    await loaded('/api/pavilion/prefectures/341500', () => page.goto(url('/pavilion/prefectures/341500')))
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'storefront-prefecture-phone-zh.png'), fullPage: true })
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
