import { expect } from 'vitest'
import { creditCodeCheckCharacter } from '../src/features/producer/creditCode'
import { apiPost, csrfHeader, type HubBrowser } from './browser'

/** Shared fixtures of the browser tests. */

export const QIMEN = '341024'

/** A valid 1×1 transparent PNG. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** A credit code of a farmers' cooperative (93) in Qimen with random middle digits and its GB 32100 check character. */
export function qimenCooperativeCreditCode(): string {
  let first17 = `93${QIMEN}`
  while (first17.length < 17) first17 += String(Math.floor(Math.random() * 10))
  return first17 + creditCodeCheckCharacter(first17)
}

export interface Credentials {
  username: string
  password: string
}

/**
 * Through the API: registers a PRODUCER account, which registers a cooperative in Qimen and uploads its licence, and
 * has the administrator verify it. Returns the producer's id; the browser's session ends signed out.
 */
export async function verifiedQimenProducer(
  browser: HubBrowser,
  baseUrl: string,
  setup: { user: Credentials; displayName: string; legalNameZh: string; adminPassword: string },
): Promise<string> {
  const post = (path: string, data: unknown) => apiPost(browser, baseUrl, path, data)
  expect((await post('/api/auth/register', { ...setup.user, displayName: setup.displayName, role: 'PRODUCER' })).status)
    .toBeLessThan(300)
  await post('/api/auth/login', setup.user)
  const producer = await post('/api/producers', {
    type: 'COOPERATIVE',
    legalNameZh: setup.legalNameZh,
    legalNameEn: null,
    creditCode: qimenCooperativeCreditCode(),
    prefectureCode: '341000',
    countyCode: QIMEN,
    address: '安徽省黄山市祁门县祁山镇',
    contacts: [{ name: '汪师傅', phone: '0559-4512345', email: null }],
    brands: [],
    storyZh: null,
    storyEn: null,
  })
  expect(producer.status).toBe(201)
  const producerId = String(producer.body.id)
  const licence = await browser.page.request.put(new URL(`/api/producers/${producerId}/licence`, baseUrl).toString(), {
    headers: await csrfHeader(browser, baseUrl),
    multipart: { file: { name: 'licence.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG } },
  })
  expect(licence.status()).toBe(200)
  await post('/api/auth/logout', {})

  expect((await post('/api/auth/login', { username: 'admin', password: setup.adminPassword })).status).toBe(200)
  const verified = await post(`/api/reviews/producers/${producerId}/verify`, {})
  expect(verified.status).toBe(200)
  expect(verified.body.verification).toBe('VERIFIED')
  await post('/api/auth/logout', {})
  return producerId
}

/** Through the API: the administrator opens a REVIEWER account for Qimen County; the session ends signed out. */
export async function qimenReviewer(
  browser: HubBrowser,
  baseUrl: string,
  setup: { user: Credentials; displayName: string; adminPassword: string },
): Promise<void> {
  const post = (path: string, data: unknown) => apiPost(browser, baseUrl, path, data)
  expect((await post('/api/auth/login', { username: 'admin', password: setup.adminPassword })).status).toBe(200)
  const created = await post('/api/admin/accounts', {
    ...setup.user,
    displayName: setup.displayName,
    roles: ['REVIEWER'],
    regionScope: QIMEN,
  })
  expect(created.status).toBe(201)
  expect(created.body).toMatchObject({ username: setup.user.username, regionScope: QIMEN })
  expect((await post('/api/auth/logout', {})).status).toBeLessThan(300)
}
