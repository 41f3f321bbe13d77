import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { deflateSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page, Response } from 'playwright-core'
import { expectText, launchHubBrowser, signIn, signOut, requiredEnv, screenshots, type HubBrowser } from './browser'
import { ONE_PIXEL_PNG, QIMEN, qimenCooperativeCreditCode, qimenReviewer } from './fixtures'

/*
 * Producer onboarding against a running backend that serves the built frontend:
 *   HUB_BASE_URL=http://127.0.0.1:18080 HUB_ADMIN_PASSWORD=... npm run test:e2e
 * A new PRODUCER account registers a cooperative in Qimen County and uploads its licence; a reviewer for Qimen,
 * opened by the administrator through the API, rejects it with a reason; the producer uploads again; the reviewer
 * verifies it. The verified producer then sets a logo and changes its address, which sends it back to review; the
 * reviewer opens its details, sees the address before and after, and verifies it again. The tests share one page and run in order. Every run uses fresh usernames and a fresh credit code.
 */

const HUANGSHAN = '341000'
const NEW_ADDRESS = '安徽省黄山市祁门县祁山镇新街 8 号'

/** A square PNG of one colour, so that the logo shows in the screenshots. */
function solidPng(size: number, [red, green, blue]: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => [red, green, blue][i % 3]!)])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ])
}


describe('producer onboarding in the browser', () => {
  let baseUrl: string
  let adminPassword: string
  let browser: HubBrowser
  let page: Page
  let scratch: string
  let licencePath: string
  let producerId: string

  const run = Date.now().toString(36)
  const producerUser = { username: `e2e-farm-${run}`, password: `e2e-farm-${run}-Secret-1` }
  const reviewerUser = { username: `e2e-qimen-${run}`, password: `e2e-qimen-${run}-Secret-1` }
  const legalName = `祁门县祁红茶业专业合作社（浏览器测试 ${run}）`
  const creditCode = qimenCooperativeCreditCode()
  const rejectionReason = '营业执照照片模糊，请重新上传清晰的扫描件'

  const url = (path: string) => new URL(path, baseUrl).toString()
  const pathOf = (response: Response) => new URL(response.url()).pathname
  /** An option of the Element Plus select whose dropdown carries `popperClass`, picked by its exact label. */
  const option = (popperClass: string, label: string): Locator =>
    page.locator(`.${popperClass} .el-select-dropdown__item:visible`).getByText(label, { exact: true })
  /** The success message with this text; the welcome after a login may still be showing above it. */
  const successMessage = (text: string): Locator => page.locator('.el-message--success').filter({ hasText: text })
  const producerCard = (): Locator => page.locator(`[data-testid="producer-card"][data-producer-id="${producerId}"]`)
  const reviewRow = (): Locator =>
    page
      .getByTestId('reviews-table')
      .locator('tbody tr')
      .filter({ has: page.getByTestId('review-legal-name').getByText(legalName, { exact: true }) })

  /** Waits until no Vue transition is running, so that a screenshot shows what the user settles on. */
  const settled = () => page.waitForFunction(() => !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]'))

  const login = (user: { username: string; password: string }) => signIn(page, baseUrl, user)

  const logout = () => signOut(page)

  async function uploadLicence(): Promise<void> {
    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/producers/${producerId}/licence` && r.request().method() === 'PUT'),
      producerCard().locator('input[type="file"]').setInputFiles(licencePath),
    ])
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { verification?: string }).verification).toBe('SUBMITTED')
    await expectText(producerCard().getByTestId('verification-tag'), '审核中')
  }

  async function openQueueAsReviewer(): Promise<void> {
    await login(reviewerUser)
    await page.getByTestId('nav-reviews').click()
    await expectText(page.getByTestId('section-title'), '审核')
    await page.locator('[data-testid="reviews-table"][data-status="done"]').waitFor()
    await reviewRow().waitFor()
  }

  beforeAll(async () => {
    baseUrl = requiredEnv('HUB_BASE_URL')
    adminPassword = requiredEnv('HUB_ADMIN_PASSWORD')
    scratch = await mkdtemp(join(tmpdir(), 'wanhuo-hub-licence-'))
    licencePath = join(scratch, 'licence.png')
    await writeFile(licencePath, ONE_PIXEL_PNG)
    browser = await launchHubBrowser()
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  it('registers a PRODUCER account through the register page', async () => {
    await page.goto(url('/register?redirect=/producer'))
    await page.getByTestId('register-username').fill(producerUser.username)
    await page.getByTestId('register-display-name').fill('祁红合作社（浏览器测试）')
    await page.getByTestId('register-password').fill(producerUser.password)
    await page.getByTestId('register-role').click()
    await page.locator('.el-select-dropdown__item:visible').getByText('生产者', { exact: true }).click()
    await page.getByTestId('register-submit').click()

    await page.waitForURL((current) => current.pathname === '/producer')
    await expectText(page.getByTestId('section-title'), '我的生产主体')
    await expectText(page.getByTestId('producers-empty'), '您还没有登记生产主体')
    expect(await page.getByTestId('nav-reviews').count()).toBe(0)
  })

  it('registers a cooperative in Qimen County, awaiting its licence', async () => {
    await page.getByTestId('producers-empty').getByTestId('producer-register').click()
    await expectText(page.getByTestId('section-title'), '登记生产主体')

    await page.getByTestId('producer-form-type').click()
    await option('producer-type-options', '农民专业合作社').click()
    await page.getByTestId('producer-form-legal-name-zh').fill(legalName)
    await page.getByTestId('producer-form-legal-name-en').fill('Qimen Keemun Tea Cooperative')
    await page.getByTestId('producer-form-credit-code').fill(creditCode.toLowerCase())
    expect(await page.getByTestId('producer-form-credit-code').inputValue()).toBe(creditCode)
    await page.getByTestId('producer-form-prefecture').click()
    await option('producer-prefecture-options', '黄山市').click()
    await page.getByTestId('producer-form-county').click()
    await option('producer-county-options', '祁门县').click()
    await page.getByTestId('producer-form-address').fill('安徽省黄山市祁门县祁山镇')
    await page.getByTestId('contact-name-0').fill('汪师傅')
    await page.getByTestId('contact-phone-0').fill('0559-4512345')
    await page.getByTestId('producer-form-brands').fill('祁红')
    await page.getByTestId('producer-form-brands').press('Enter')
    await page.getByTestId('producer-form-story-zh').fill('百年祁红，香高味醇。')

    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === '/api/producers' && r.request().method() === 'POST'),
      page.getByTestId('producer-form-submit').click(),
    ])
    expect(response.status()).toBe(201)
    expect(response.request().postDataJSON()).toMatchObject({
      type: 'COOPERATIVE',
      legalNameZh: legalName,
      creditCode,
      prefectureCode: HUANGSHAN,
      countyCode: QIMEN,
      contacts: [{ name: '汪师傅', phone: '0559-4512345', email: null }],
      brands: ['祁红'],
    })
    const registered = (await response.json()) as { id: string; verification: string }
    expect(registered.verification).toBe('AWAITING_LICENCE')
    producerId = registered.id

    await page.waitForURL((current) => current.pathname === '/producer')
    await expectText(producerCard().getByTestId('verification-tag'), '待上传执照')
    await expectText(producerCard().getByTestId('producer-region'), '黄山市 / 祁门县')
    await expectText(producerCard().getByTestId('producer-credit-code'), creditCode)
  })

  it('uploads a PNG licence and is under review', async () => {
    await uploadLicence()

    const link = producerCard().getByTestId('licence-link')
    expect(await link.getAttribute('href')).toBe(`/api/producers/${producerId}/licence`)
    expect(await link.getAttribute('target')).toBe('_blank')
    const licence = await page.request.get(url(`/api/producers/${producerId}/licence`))
    expect(licence.status()).toBe(200)
    expect(licence.headers()['content-type']).toContain('image/png')
    await page.screenshot({ path: join(screenshots, 'producer-onboarding.png'), fullPage: true })
    await logout()
  })

  it('lets the administrator open a reviewer for Qimen County through the API', async () => {
    await qimenReviewer(browser, baseUrl, { user: reviewerUser, displayName: '祁门县审核员（浏览器测试）', adminPassword })
  })

  it('shows the reviewer the producer in the queue, and rejects it with a reason', async () => {
    await openQueueAsReviewer()
    const row = reviewRow()
    await expectText(row, '农民专业合作社')
    await expectText(row, creditCode)
    await expectText(row, '黄山市 / 祁门县')
    expect(await row.getByTestId('licence-link').getAttribute('href')).toBe(`/api/producers/${producerId}/licence`)
    const licence = await page.request.get(url(`/api/producers/${producerId}/licence`))
    expect(licence.status()).toBe(200)
    await page.screenshot({ path: join(screenshots, 'reviews-queue.png'), fullPage: true })

    await row.getByTestId('review-reject').click()
    await page.getByTestId('reject-reason').waitFor()
    await page.getByTestId('reject-submit').click()
    await expectText(page.locator('.el-form-item__error'), '请填写驳回原因')
    await page.getByTestId('reject-reason').fill(rejectionReason)
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => pathOf(r) === `/api/reviews/producers/${producerId}/reject` && r.request().method() === 'POST',
      ),
      page.getByTestId('reject-submit').click(),
    ])
    expect(response.status()).toBe(200)
    expect(response.request().postDataJSON()).toEqual({ reason: rejectionReason })
    await expectText(successMessage(`已驳回 ${legalName}`), `已驳回 ${legalName}`)
    await reviewRow().waitFor({ state: 'detached' })
    await logout()
  })

  it('shows the producer the reviewer’s reason, and takes a new licence', async () => {
    await login(producerUser)
    await page.goto(url('/producer'))
    await expectText(producerCard().getByTestId('verification-tag'), '已驳回')
    await expectText(producerCard().getByTestId('rejection-reason'), rejectionReason)
    await expectText(producerCard().getByTestId('rejection-notice'), '审核未通过')

    await uploadLicence()
    expect(await producerCard().getByTestId('rejection-notice').count()).toBe(0)
    await logout()
  })

  it('lets the reviewer verify the resubmitted producer', async () => {
    await openQueueAsReviewer()
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => pathOf(r) === `/api/reviews/producers/${producerId}/verify` && r.request().method() === 'POST',
      ),
      reviewRow().getByTestId('review-verify').click(),
    ])
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { verification?: string }).verification).toBe('VERIFIED')
    await expectText(successMessage(`已通过 ${legalName} 的认证`), legalName)
    await reviewRow().waitFor({ state: 'detached' })

    await page.getByTestId('reviews-status-filter').click()
    await option('reviews-status-options', '已认证').click()
    await reviewRow().waitFor()
    await expectText(reviewRow().getByTestId('verification-tag'), '已认证')
    await logout()
  })

  it('shows the producer as verified', async () => {
    await login(producerUser)
    await page.goto(url('/producer'))
    await expectText(producerCard().getByTestId('verification-tag'), '已认证')
    expect(await producerCard().getByTestId('rejection-notice').count()).toBe(0)
    await expectText(producerCard().getByTestId('producer-logo-placeholder'), '祁')
  })

  it('sets a logo without losing the verification, and sees its history', async () => {
    await producerCard().getByTestId('producer-edit').click()
    await expectText(page.getByTestId('section-title'), '编辑生产主体')
    const section = page.getByTestId('producer-logo-section')
    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/producers/${producerId}/logo` && r.request().method() === 'PUT'),
      section.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(96, [178, 34, 34]) }),
    ])
    expect(response.status(), await response.text()).toBe(200)
    const changed = (await response.json()) as { logoFileId: string; verification: string }
    expect(changed.verification).toBe('VERIFIED')
    expect(await section.getByTestId('producer-logo').getAttribute('src')).toBe(`/api/pavilion/images/${changed.logoFileId}`)
    const logo = await page.request.get(url(`/api/pavilion/images/${changed.logoFileId}`))
    expect(logo.status()).toBe(200)

    await page.getByTestId('history-toggle').click()
    const actions = page.getByTestId('history-panel').getByTestId('audit-action')
    await expectText(actions, '更换标志')
    expect(await actions.allTextContents()).toEqual(['更换标志', '认证通过', '上传营业执照', '认证驳回', '上传营业执照', '登记'])
    await expectText(page.getByTestId('history-panel').getByTestId('audit-note'), rejectionReason)
    await page.screenshot({ path: join(screenshots, 'producer-logo-history.png'), fullPage: true })
  })

  it('changes its address after verification, which sends it back to review', async () => {
    await page.getByTestId('producer-form-address').fill(NEW_ADDRESS)
    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/producers/${producerId}` && r.request().method() === 'PUT'),
      page.getByTestId('producer-form-submit').click(),
    ])
    expect(response.status(), await response.text()).toBe(200)
    expect(((await response.json()) as { verification: string }).verification).toBe('SUBMITTED')
    await page.waitForURL((current) => current.pathname === '/producer')
    await expectText(producerCard().getByTestId('verification-tag'), '审核中')
    await producerCard().getByTestId('producer-logo').waitFor()
    await producerCard().getByText('祁红', { exact: true }).waitFor({ state: 'visible' })
    await settled()
    await page.screenshot({ path: join(screenshots, 'producer-card-logo.png'), fullPage: true })
    await logout()
  })

  it('shows the reviewer the changed address before and after, and verifies it again from the details', async () => {
    await openQueueAsReviewer()
    await expectText(reviewRow().getByTestId('review-recheck'), '资料变更')
    await reviewRow().getByTestId('review-open').click()
    const drawer = page.getByTestId('producer-review-drawer')
    await drawer.getByTestId('producer-diff').waitFor()
    const rows = drawer.getByTestId('producer-diff-row')
    expect(await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-field')))).toEqual(['address'])
    await expectText(rows.locator('.before'), '安徽省黄山市祁门县祁山镇')
    await expectText(rows.locator('.after'), NEW_ADDRESS)
    await expectText(drawer.getByTestId('producer-review-history').getByTestId('audit-action'), '修改资料')
    await expectText(drawer.getByTestId('audit-fields'), '详细地址')
    await settled()
    await page.screenshot({ path: join(screenshots, 'producer-review-diff.png'), fullPage: true })

    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
    await page.getByTestId('lang-switch').click()
    await reviewRow().getByTestId('review-open').click()
    await expectText(drawer.getByTestId('producer-diff-field'), 'Address')
    await expectText(drawer.locator('thead'), 'When verified')
    await expectText(drawer.getByTestId('audit-action'), 'Details edited')
    await settled()
    await page.screenshot({ path: join(screenshots, 'producer-review-diff-en.png'), fullPage: true })
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
    await page.getByTestId('lang-switch').click()
    await reviewRow().getByTestId('review-open').click()
    await expectText(drawer.getByTestId('producer-diff-field'), '详细地址')

    const [response] = await Promise.all([
      page.waitForResponse((r) => pathOf(r) === `/api/reviews/producers/${producerId}/verify` && r.request().method() === 'POST'),
      drawer.getByTestId('producer-review-verify').click(),
    ])
    expect(response.status()).toBe(200)
    await reviewRow().waitFor({ state: 'detached' })
    await logout()
  })

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([])
  })
})
