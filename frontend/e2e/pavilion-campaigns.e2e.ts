import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { apiPost, expectText, launchHubBrowser, requiredEnv, screenshots, type HubBrowser } from './browser'
import { verifiedQimenProducer } from './fixtures'

/*
 * Campaigns in the pavilion as a consumer sees them, against a running hub with the demo seed:
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e -- pavilion-campaigns
 * Through the API a Qimen cooperative publishes a GI Keemun, the administrator plans a spring-tea campaign that
 * started a minute ago and ends within three minutes, the cooperative enrols the tea at ¥98 instead of ¥128, and the
 * campaign is scheduled. Then the browser finds it on the home strip, its landing page, the product page's panel and
 * the search filter, in zh-CN and English, at 1280 and 390 px, and sees the price revert when the countdown runs out.
 * The tests share one page and run in order.
 */

const SHANGHAI_OFFSET_MS = 8 * 3600_000
const ADMIN_PASSWORD = () => requiredEnv('HUB_ADMIN_PASSWORD')

/** Waits until `check` answers true, asking every `everyMs`; fails after `timeoutMs`. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

/** Anhui wall-clock time `minutes` from now, to the minute, as campaign plans take it. */
function shanghaiMinutesFromNow(minutes: number): string {
  return new Date(Date.now() + SHANGHAI_OFFSET_MS + minutes * 60_000).toISOString().slice(0, 16)
}

describe('campaigns in the pavilion in the browser', () => {
  let baseUrl: string
  let browser: HubBrowser
  let page: Page
  let campaignId: string
  let productId: string
  const unique = Date.now().toString(36)
  const campaignName = `祁红春茶节 ${unique}`
  const sku = `KM-${unique}`.toUpperCase()

  const url = (path: string) => new URL(path, baseUrl).toString()
  const post = async (path: string, data: unknown, status = 200) => {
    const answer = await apiPost(browser, baseUrl, path, data)
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(status)
    return answer.body
  }
  const signIn = (username: string, password: string) => post('/api/auth/login', { username, password })
  const signOut = () => apiPost(browser, baseUrl, '/api/auth/logout', {})

  async function fitsThePhone(): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  }

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    browser = await launchHubBrowser()
    page = browser.page
    const owner = { username: `qimen-campaign-${unique}`, password: 'Campaign-pass-2026' }
    const producerId = await verifiedQimenProducer(browser, baseUrl, {
      user: owner,
      displayName: '祁门茶农',
      legalNameZh: `祁门县春茶合作社${unique}`,
      adminPassword: ADMIN_PASSWORD(),
    })

    await signIn(owner.username, owner.password)
    const product = await post('/api/products', {
      producerId,
      content: {
        category: 'TEA',
        nameZh: `祁门红茶 春茶节 ${unique}`,
        nameEn: 'Keemun black tea for the spring festival',
        descriptionZh: '<p>祁门香，明前采摘。</p>',
        descriptionEn: null,
        attributes: { variety: '祁门红茶', grade: 'SUPER', harvest: 'SPRING', harvestYear: 2026, originCounty: '341024', netWeightGrams: 250 },
        skus: [{ code: sku, spec: '250g 礼盒', priceFen: 12800, stock: 120, barcode: '6901234567892', weightGrams: 400 }],
        provenance: { geographicalIndication: { name: '祁门红茶', registrationNumber: 'AGI00010' }, certificates: [], batches: [] },
      },
    }, 201)
    productId = String(product.id)
    await post(`/api/products/${productId}/submit`, {})
    await signOut()
    await signIn('admin', ADMIN_PASSWORD())
    await post(`/api/reviews/products/${productId}/approve`, {})
    await signOut()
    await signIn(owner.username, owner.password)
    await post(`/api/products/${productId}/publish`, {})
    await signOut()

    await signIn('admin', ADMIN_PASSWORD())
    const campaign = await post('/api/campaigns', {
      type: 'SEASONAL',
      nameZh: campaignName,
      nameEn: `Keemun spring tea days ${unique}`,
      descriptionZh: '祁门红茶明前新茶，产地直发。',
      startsAt: shanghaiMinutesFromNow(-1),
      endsAt: shanghaiMinutesFromNow(4),
      channels: ['JD'],
      eligibility: { categories: ['TEA'], regions: ['341024'], geographicalIndicationRequired: true },
      spendSaveTiers: [{ thresholdFen: 30000, saveFen: 3000 }],
    }, 201)
    campaignId = String(campaign.id)
    await post(`/api/campaigns/${campaignId}/open`, {})
    await signOut()
    await signIn(owner.username, owner.password)
    const enrolment = await post('/api/enrolments', {
      campaignId, productId, skuCode: sku, campaignPriceFen: 9800, quota: 20, perBuyerLimit: 2,
    }, 201)
    await signOut()
    await signIn('admin', ADMIN_PASSWORD())
    await post(`/api/enrolments/${String(enrolment.id)}/approve`, {})
    await post(`/api/campaigns/${campaignId}/close`, {})
    await post(`/api/campaigns/${campaignId}/schedule`, {})
    await signOut()

    // The scheduler starts a campaign whose start has passed within seconds; the search index follows.
    await until('the search shows the campaign live', async () => {
      const found = await page.request.get(url(`/api/pavilion/search?campaign=${campaignId}`))
      const body = (await found.json()) as { items: { campaign: { status: string } | null }[] }
      return body.items[0]?.campaign?.status === 'LIVE'
    }, 45_000)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('lists the live campaign on the home strip with its countdown, and opens its landing page', async () => {
    await page.goto(url('/'))
    const card = page.getByTestId('campaign-card').filter({ hasText: campaignName })
    // The home page is cached for a short while; it lists the campaign once that has passed.
    await until('the home strip lists the campaign', async () => {
      if (await card.count()) return true
      await page.reload()
      await page.getByTestId('campaign-strip').waitFor()
      return false
    }, 60_000, 3000)
    await expectText(card.getByTestId('campaign-when'), '进行中 · 距结束')
    await expectText(card.getByTestId('campaign-type'), '时令活动')
    await page.screenshot({ path: join(screenshots, 'campaigns-home-zh.png'), fullPage: true })

    await card.click()
    await page.waitForURL((current) => current.pathname === `/pavilion/campaigns/${campaignId}`)
    await expectText(page.getByTestId('campaign-name'), campaignName)
    await expectText(page.getByTestId('campaign-status'), '进行中')
    await expectText(page.getByTestId('campaign-channels'), '安徽馆、京东')
    await expectText(page.getByTestId('campaign-schedule'), '（北京时间）')
    const product = page.getByTestId('campaign-products').getByTestId('result-card')
    await expectText(product.getByTestId('campaign-badge'), campaignName)
    await expectText(product.getByTestId('result-campaign-price'), '¥98')
    await expectText(product.getByTestId('result-list-price'), '¥128')
    await page.screenshot({ path: join(screenshots, 'campaigns-landing-zh.png'), fullPage: true })
  })

  it('shows the campaign panel on the product page with the campaign price, limit and quota', async () => {
    await page.getByTestId('campaign-products').getByTestId('result-card').first().click()
    await page.waitForURL((current) => current.pathname === `/pavilion/products/${productId}`)
    const panel = page.getByTestId('campaign-panel')
    await expectText(panel.getByTestId('campaign-countdown'), '距结束')
    const row = panel.locator(`[data-code="${sku}"]`)
    await expectText(row.getByTestId('campaign-sku-price'), '¥98')
    await expectText(row.getByTestId('campaign-sku-list-price'), '¥128')
    await expectText(row.getByTestId('campaign-sku-terms'), '每人限购 2 件')
    await expectText(row.getByTestId('campaign-sku-terms'), '活动余量 20 件')
    await page.screenshot({ path: join(screenshots, 'campaigns-product-zh.png'), fullPage: true })
  })

  it('limits the search to the campaign by a chip that names it and removes the filter', async () => {
    await page.goto(url(`/pavilion/search?campaign=${campaignId}`))
    await expectText(page.getByTestId('campaign-filter'), `活动：${campaignName}`)
    await expectText(page.getByTestId('result-count'), '共找到 1 件商品')

    await page.getByTestId('campaign-filter-remove').click()
    await page.waitForURL((current) => !current.searchParams.has('campaign'))
    expect(await page.getByTestId('campaign-filter').count()).toBe(0)
  })

  it('fits a 390 px phone in English on the home strip, the landing page and the product page', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.evaluate(() => localStorage.setItem('wanhuo-hub.locale', 'en'))
    await page.goto(url('/'))
    await expectText(page.getByTestId('campaign-card').filter({ hasText: 'Keemun spring tea days' }).getByTestId('campaign-when'), 'Live · Ends in')
    await fitsThePhone()
    await page.screenshot({ path: join(screenshots, 'campaigns-home-en-390.png'), fullPage: true })

    await page.goto(url(`/pavilion/campaigns/${campaignId}`))
    await expectText(page.getByTestId('campaign-schedule'), '(Beijing time)')
    await fitsThePhone()
    await page.screenshot({ path: join(screenshots, 'campaigns-landing-en-390.png'), fullPage: true })

    await page.goto(url(`/pavilion/products/${productId}`))
    await expectText(page.getByTestId('campaign-panel').getByTestId('campaign-countdown'), 'Ends in')
    await fitsThePhone()
    await page.screenshot({ path: join(screenshots, 'campaigns-product-en-390.png'), fullPage: true })
  })

  it('reverts the product page to the list price when the countdown reaches the end', async () => {
    await page.getByTestId('campaign-panel').waitFor()
    // The campaign ends within four minutes; the page reloads at zero and asks again while the server catches up.
    await page.getByTestId('campaign-panel').waitFor({ state: 'detached', timeout: 330_000 })
    await expectText(page.getByTestId('product-skus').locator('td.price'), '¥128')
    await page.evaluate(() => localStorage.setItem('wanhuo-hub.locale', 'zh-CN'))
    await page.setViewportSize({ width: 1280, height: 800 })
  }, 360_000)

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
