import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page, Response } from 'playwright-core'
import { expectText, launchHubBrowser, requiredEnv, screenshots, type HubBrowser } from './browser'

/*
 * The Anhui pavilion as an anonymous consumer, against a running hub with the demo seed (one published product per
 * Anhui specialty):
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e
 * Search by pinyin, narrow by prefecture and geographical indication (the counts shown are the server's), follow a
 * did-you-mean, open a
 * product from the suggestions, read it in English, browse Lu'an by its facet, and use the filter drawer on a phone.
 * The tests share one page and run in order.
 */

interface SearchAnswer {
  total: number
  items: { id: string; nameZh: string; nameEn: string | null; prefectureCode: string; geographicalIndication: boolean }[]
  facets: { prefecture: { key: string; count: number }[]; geographicalIndication: number }
}

describe('the pavilion in the browser', () => {
  let baseUrl: string
  let browser: HubBrowser
  let page: Page

  const url = (path: string) => new URL(path, baseUrl).toString()
  const isSearch = (response: Response) => new URL(response.url()).pathname === '/api/pavilion/search'
  const names = () => page.getByTestId('result-list').getByTestId('result-name')
  const facet = (testId: string): Locator => page.locator('.facets').getByTestId(testId)
  const facetCount = async (testId: string) => Number(await facet(testId).getByTestId('facet-count').textContent())

  /** Runs an action that starts a search and returns the server's answer once the page shows it. */
  async function searched(action: () => Promise<unknown>): Promise<SearchAnswer> {
    const [response] = await Promise.all([page.waitForResponse(isSearch), action()])
    expect(response.status()).toBe(200)
    const answer = (await response.json()) as SearchAnswer
    await page.getByTestId('result-count').filter({ hasText: String(answer.total) }).waitFor()
    return answer
  }

  /** Scrolls through the page so lazy covers load, and waits for every image, so a screenshot shows them. */
  async function settleImages(): Promise<void> {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      window.scrollTo(0, 0)
    })
    await page.waitForFunction(() => [...document.images].every((image) => image.complete))
  }

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    browser = await launchHubBrowser()
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('finds 黄山毛峰 first for the pinyin "maofeng" typed on the home page', async () => {
    await page.goto(url('/'))
    await page.getByTestId('login-link').waitFor()
    const box = page.getByTestId('pavilion-search')

    const answer = await searched(async () => {
      await box.fill('maofeng')
      await page.getByTestId('pavilion-search-submit').click()
    })

    expect(new URL(page.url()).pathname).toBe('/pavilion/search')
    expect(new URL(page.url()).searchParams.get('q')).toBe('maofeng')
    expect(answer.items[0]!.nameZh).toBe('黄山毛峰')
    await expectText(names(), '黄山毛峰')
    expect(await page.getByTestId('result-card').count()).toBe(answer.items.length)
  })

  it('narrows to 黄山市 and to geographical indications, showing the counts the server computed', async () => {
    const before = await facetCount('facet-prefecture-341000')

    const inHuangshan = await searched(() => facet('facet-prefecture-341000').click())

    expect(new URL(page.url()).searchParams.get('prefecture')).toBe('341000')
    expect(inHuangshan.total).toBe(before)
    expect(inHuangshan.items.every((item) => item.prefectureCode === '341000')).toBe(true)
    expect(await facetCount('facet-gi-true')).toBe(inHuangshan.facets.geographicalIndication)
    // Counted with the other filters: choosing 黄山市 leaves the other prefectures listed with their own counts.
    const others = inHuangshan.facets.prefecture.filter((bucket) => bucket.key !== '341000')
    for (const bucket of others) expect(await facetCount(`facet-prefecture-${bucket.key}`)).toBe(bucket.count)

    const expectedGi = inHuangshan.facets.geographicalIndication
    const geographical = await searched(() => facet('facet-gi-true').click())

    expect(new URL(page.url()).searchParams.get('gi')).toBe('true')
    expect(geographical.total).toBe(expectedGi)
    expect(geographical.items.every((item) => item.geographicalIndication)).toBe(true)
    await expectText(names(), '黄山毛峰')
    expect(await facetCount('facet-prefecture-341000')).toBe(geographical.total)
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'pavilion-search-zh.png'), fullPage: true })

    await searched(() => page.goBack())
    expect(new URL(page.url()).searchParams.has('gi')).toBe(false)
    expect(await page.getByTestId('result-card').count()).toBe(inHuangshan.items.length)
  })

  it('answers the misspelt 黄三毛峰 with a did-you-mean link to 黄山毛峰', async () => {
    const none = await searched(() => page.goto(url(`/pavilion/search?q=${encodeURIComponent('黄三毛峰')}`)))
    expect(none.total).toBe(0)

    await expectText(page.getByTestId('did-you-mean'), '黄山毛峰')
    const found = await searched(() => page.getByTestId('did-you-mean').click())

    expect(new URL(page.url()).searchParams.get('q')).toBe('黄山毛峰')
    expect(found.items[0]!.nameZh).toBe('黄山毛峰')
  })

  it('suggests 黄山毛峰 for "hsm" and opens it', async () => {
    await page.goto(url('/'))
    const box = page.getByTestId('pavilion-search')
    await box.click()
    await box.pressSequentially('hsm', { delay: 60 })
    const suggestion = page.locator('.pavilion-suggestions').getByTestId('pavilion-suggestion').filter({ hasText: '黄山毛峰' })
    await suggestion.first().waitFor()
    await page.screenshot({ path: join(screenshots, 'pavilion-suggest-zh.png') })

    await suggestion.first().click()

    await page.waitForURL((current) => current.pathname.startsWith('/pavilion/products/'))
    await expectText(page.getByTestId('product-name'), '黄山毛峰')
    expect(await page.getByTestId('product-skus').locator('tbody tr').count()).toBeGreaterThan(0)
    await expectText(page.getByTestId('product-skus'), '¥')
    await page.getByTestId('provenance-badges').getByText('地理标志').waitFor()
    await page.getByTestId('product-producer').waitFor()
  })

  it('shows the English name after switching to English', async () => {
    await page.getByTestId('lang-switch').click()

    await expectText(page.getByTestId('product-name'), 'Huangshan Maofeng')
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'pavilion-product-en.png'), fullPage: true })

    await searched(() => page.goto(url('/pavilion/search?q=maofeng')))
    await expectText(names(), 'Huangshan Maofeng')
  })

  it('browses 六安市 through the prefecture facet', async () => {
    await searched(() => page.goto(url('/pavilion/search')))
    const expected = await facetCount('facet-prefecture-341500')

    const luan = await searched(() => facet('facet-prefecture-341500').click())

    expect(luan.total).toBe(expected)
    expect(luan.items.length).toBeGreaterThan(0)
    expect(luan.items.every((item) => item.prefectureCode === '341500')).toBe(true)
    const regions = await page.getByTestId('result-region').allTextContents()
    expect(regions.every((region) => region.startsWith("Lu'an") || region.startsWith('Lu’an'))).toBe(true)
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'pavilion-search-en.png'), fullPage: true })
  })

  it('puts the filters in a drawer on a phone', async () => {
    await page.getByTestId('lang-switch').click()
    await page.setViewportSize({ width: 390, height: 844 })
    await searched(() => page.goto(url('/pavilion/search?q=茶&prefecture=341000')))
    expect(await page.locator('.facets').isVisible()).toBe(false)

    await page.getByTestId('open-filters').click()
    const drawer = page.locator('.el-drawer')
    await drawer.getByTestId('facet-prefecture-341000').waitFor()
    await drawer.getByTestId('facet-county').waitFor()
    await page.waitForTimeout(400)
    await page.screenshot({ path: join(screenshots, 'pavilion-filters-phone-zh.png') })

    const narrowed = await searched(() => drawer.getByTestId('facet-gi-true').click())
    expect(narrowed.items.every((item) => item.geographicalIndication)).toBe(true)
    await drawer.getByTestId('drawer-done').click()
    await drawer.waitFor({ state: 'hidden' })
    await settleImages()
    await page.screenshot({ path: join(screenshots, 'pavilion-results-phone-zh.png'), fullPage: true })
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
