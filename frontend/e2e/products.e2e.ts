import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page, Response } from 'playwright-core'
import { expectText, launchHubBrowser, signIn, signOut, requiredEnv, screenshots, type HubBrowser } from './browser'
import { ONE_PIXEL_PNG, QIMEN, qimenReviewer, verifiedQimenProducer } from './fixtures'

/*
 * Products against a running backend that serves the built frontend:
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e
 * Set up through the API: a PRODUCER account with a cooperative in Qimen County, verified by the administrator, and
 * a reviewer for Qimen. In the browser: the producer creates a TEA product with two SKUs, a geographical indication,
 * a certificate and a batch, attaches a scan of the certificate once the draft is saved, and submits it; the reviewer
 * opens it in the Products tab (content, scan link, history) and approves it; the producer publishes it; anyone reads
 * the batch on /trace/<code>. Every run uses fresh usernames, codes and a fresh credit code.
 */



describe('products in the browser', () => {
  let baseUrl: string
  let adminPassword: string
  let browser: HubBrowser
  let page: Page
  let producerId: string
  let productId: string
  let scanFileId: string

  const run = Date.now().toString(36)
  const producerUser = { username: `e2e-tea-${run}`, password: `e2e-tea-${run}-Secret-1` }
  const reviewerUser = { username: `e2e-qmp-${run}`, password: `e2e-qmp-${run}-Secret-1` }
  const productName = `祁门红茶 特级（浏览器测试 ${run}）`
  const skuCodes = [`QM-${run}-250`, `QM-${run}-500`]
  const traceCode = `QM-${run}`.toUpperCase()

  const url = (path: string) => new URL(path, baseUrl).toString()
  const pathOf = (response: Response) => new URL(response.url()).pathname
  const option = (popperClass: string, label: string): Locator =>
    page.locator(`.${popperClass} .el-select-dropdown__item:visible`).getByText(label, { exact: true })
  const productRow = (): Locator =>
    page
      .getByTestId('my-products-table')
      .locator('tbody tr')
      .filter({ has: page.getByTestId('my-product-name').getByText(productName, { exact: true }) })
  const reviewRow = (): Locator =>
    page
      .getByTestId('product-reviews-table')
      .locator('tbody tr')
      .filter({ has: page.getByTestId('product-review-name').getByText(productName, { exact: true }) })

  const login = (user: { username: string; password: string }) => signIn(page, baseUrl, user)

  const logout = () => signOut(page)

  async function typeDate(testId: string, date: string): Promise<void> {
    const input = page.getByTestId(testId).locator('input')
    await input.fill(date)
    await input.press('Enter')
  }

  async function typeNumber(testId: string, value: string): Promise<void> {
    const input = page.getByTestId(testId).locator('input')
    await input.fill(value)
    await input.press('Tab')
  }

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    adminPassword = requiredEnv('HUB_ADMIN_PASSWORD')
    browser = await launchHubBrowser()
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('sets up a verified producer in Qimen and a reviewer for Qimen through the API', async () => {
    producerId = await verifiedQimenProducer(browser, baseUrl, {
      user: producerUser,
      displayName: '祁红茶农（浏览器测试）',
      legalNameZh: `祁门县红茶合作社（浏览器测试 ${run}）`,
      adminPassword,
    })
    await qimenReviewer(browser, baseUrl, { user: reviewerUser, displayName: '祁门县商品审核员（浏览器测试）', adminPassword })
  })

  it('creates a TEA product with two SKUs, a GI, a certificate and a batch in the editor', async () => {
    await login(producerUser)
    await page.goto(url('/producer'))
    await page.getByTestId('producer-products-link').click()
    await expectText(page.getByTestId('section-title'), '我的商品')
    await page.getByTestId('product-new').click()
    await expectText(page.getByTestId('section-title'), '添加商品')

    await page.getByTestId('product-category').click()
    await option('product-category-options', '茶叶').click()
    await page.getByTestId('attribute-variety').fill('祁门槠叶种')
    await page.getByTestId('attribute-grade').click()
    await option('attribute-grade-options', '特级').click()
    await page.getByTestId('attribute-harvest').click()
    await option('attribute-harvest-options', '明前').click()
    await typeNumber('attribute-harvestYear', '2025')
    await typeNumber('attribute-netWeightGrams', '250')
    await page.getByTestId('product-name-zh').fill(productName)
    await page.getByTestId('product-name-en').fill('Keemun Black Tea, Special Grade')
    await page.getByTestId('product-description-zh').fill('祁门红茶，香高味醇，明前采摘。')

    await page.getByTestId('sku-code-0').fill(skuCodes[0]!)
    await page.getByTestId('sku-spec-0').fill('250 克罐装')
    await page.getByTestId('sku-price-0').fill('128')
    await typeNumber('sku-stock-0', '50')
    await page.getByTestId('sku-barcode-0').fill('6901234567892')
    await page.getByTestId('sku-add').click()
    await page.getByTestId('sku-code-1').fill(skuCodes[1]!)
    await page.getByTestId('sku-spec-1').fill('500 克礼盒')
    await page.getByTestId('sku-price-1').fill('238.50')
    await typeNumber('sku-stock-1', '20')

    await page.getByTestId('gi-name').fill('祁门红茶')
    await page.getByTestId('gi-number').fill('AGI00123')
    await page.getByTestId('certificate-add').click()
    await page.getByTestId('certificate-type-0').click()
    await option('certificate-type-options', '绿色食品').click()
    await page.getByTestId('certificate-number-0').fill(`LB-${run}`)
    await page.getByTestId('certificate-issuer-0').fill('中国绿色食品发展中心')
    await typeDate('certificate-valid-from-0', '2025-01-01')
    await typeDate('certificate-valid-to-0', '2030-12-31')
    await expectText(page.getByTestId('certificate-scan-later-0'), '保存草稿后即可上传证书扫描件')
    expect(await page.getByTestId('certificate-scan-0-button').count()).toBe(0)
    await page.getByTestId('batch-add').click()
    await page.getByTestId('batch-trace-code-0').fill(traceCode)
    await page.getByTestId('batch-what-0').fill('春茶第一批')
    await page.getByTestId('batch-where-0').click()
    await option('product-county-options', '祁门县').click()
    await typeDate('batch-when-0', '2025-03-28')
    await page.getByTestId('batch-who-0').fill('汪师傅')
    await page.getByTestId('batch-quantity-0').fill('500 kg')

    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === '/api/products' && r.request().method() === 'POST'),
      page.getByTestId('product-form-submit').click(),
    ])
    expect(response.status(), await response.text()).toBe(201)
    expect(response.request().postDataJSON()).toMatchObject({
      producerId,
      content: {
        category: 'TEA',
        nameZh: productName,
        attributes: { variety: '祁门槠叶种', grade: 'SUPER', harvest: 'PRE_QINGMING', harvestYear: 2025, netWeightGrams: 250 },
        skus: [
          { code: skuCodes[0], priceFen: 12800, stock: 50, barcode: '6901234567892' },
          { code: skuCodes[1], priceFen: 23850, stock: 20, barcode: null },
        ],
        provenance: {
          geographicalIndication: { name: '祁门红茶', registrationNumber: 'AGI00123' },
          certificates: [{ type: 'GREEN_FOOD', validFrom: '2025-01-01', validTo: '2030-12-31' }],
          batches: [{ traceCode, where: QIMEN, when: '2025-03-28' }],
        },
      },
    })
    productId = String(((await response.json()) as { id: string }).id)
    await page.waitForURL((current) => current.pathname === `/producer/products/${productId}/edit`)
    await page.getByTestId('product-gallery').waitFor()
    expect(await page.getByTestId('sku-price-1').inputValue()).toBe('238.50')
    await page.screenshot({ path: join(screenshots, 'product-editor.png'), fullPage: true })
  })

  it('attaches a scan of the certificate to the saved draft', async () => {
    const [upload] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/products/${productId}/certificate-scans` && r.request().method() === 'POST'),
      page
        .getByTestId('certificate-scan-0')
        .locator('input[type="file"]')
        .setInputFiles({ name: 'green-food.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG }),
    ])
    expect(upload.status(), await upload.text()).toBe(201)
    scanFileId = String(((await upload.json()) as { fileId: string }).fileId)
    const link = page.getByTestId('certificate-scan-link-0')
    await expectText(link, '已附扫描件')
    expect(await link.getAttribute('href')).toBe(`/api/products/${productId}/certificate-scans/${scanFileId}`)

    const [saved] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/products/${productId}` && r.request().method() === 'PUT'),
      page.getByTestId('product-form-submit').click(),
    ])
    expect(saved.status(), await saved.text()).toBe(200)
    const product = (await saved.json()) as { content: { provenance: { certificates: { scanFileId: string | null }[] } } }
    expect(product.content.provenance.certificates[0]?.scanFileId).toBe(scanFileId)
    const scan = await page.request.get(url(`/api/products/${productId}/certificate-scans/${scanFileId}`))
    expect(scan.status()).toBe(200)
    expect(scan.headers()['content-type']).toContain('image/png')

    await page.getByTestId('history-toggle').click()
    await expectText(page.getByTestId('history-panel').getByTestId('audit-action'), '修改内容')
    await page.getByTestId('certificate-row').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(screenshots, 'product-certificate-scan.png'), fullPage: true })
  })

  it('submits the draft for review', async () => {
    await page.getByTestId('product-editor-back').click()
    await expectText(productRow().getByTestId('product-status'), '草稿')
    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/products/${productId}/submit`),
      productRow().getByTestId('my-product-submit').click(),
    ])
    expect(response.status()).toBe(200)
    await expectText(productRow().getByTestId('product-status'), '审核中')
    await logout()
  })

  it('lets the reviewer for Qimen approve it in the Products tab', async () => {
    await login(reviewerUser)
    await page.goto(url('/reviews'))
    await page.getByTestId('reviews-tabs').getByText('商品', { exact: true }).click()
    await page.locator('[data-testid="product-reviews-table"][data-status="done"]').waitFor()
    await expectText(reviewRow().getByTestId('product-review-kind'), '首次提交')
    await reviewRow().getByTestId('product-review-open').click()
    await page.getByTestId('product-content').waitFor()
    const scanLink = page.getByTestId('content-certificate-scan')
    expect(await scanLink.getAttribute('href')).toBe(`/api/products/${productId}/certificate-scans/${scanFileId}`)
    const history = page.getByTestId('product-review-history')
    await expectText(history.getByTestId('audit-action'), '提交审核')
    expect(await history.getByTestId('audit-entry').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-action')))).toEqual([
      'submitted',
      'edited',
      'created',
    ])
    await page.screenshot({ path: join(screenshots, 'product-review.png'), fullPage: true })
    await history.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(screenshots, 'product-review-history.png'), fullPage: true })

    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/reviews/products/${productId}/approve`),
      page.getByTestId('product-review-approve').click(),
    ])
    expect(response.status()).toBe(200)
    await reviewRow().waitFor({ state: 'detached' })
    await logout()
  })

  it('lets the producer publish the approved product', async () => {
    await login(producerUser)
    await page.goto(url('/producer/products'))
    await expectText(productRow().getByTestId('product-status'), '已通过')
    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/products/${productId}/publish`),
      productRow().getByTestId('my-product-publish').click(),
    ])
    expect(response.status()).toBe(200)
    await expectText(productRow().getByTestId('product-status'), '已上架')
    await logout()
  })

  it('shows the batch on the public trace page', async () => {
    await page.goto(url(`/trace/${traceCode}`))
    await expectText(page.getByTestId('trace-product-name'), productName)
    await expectText(page.getByTestId('trace-what'), '春茶第一批')
    await expectText(page.getByTestId('trace-where'), '祁门县')
    await expectText(page.getByTestId('trace-when'), '2025-03-28')
    await expectText(page.getByTestId('trace-gi'), '祁门红茶')
    await expectText(page.getByTestId('trace-certificate-validity'), '今日有效')
    await page.screenshot({ path: join(screenshots, 'trace-page.png'), fullPage: true })

    await page.goto(url(`/trace/NO-SUCH-${run}`))
    await page.getByTestId('trace-not-found').waitFor()
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
