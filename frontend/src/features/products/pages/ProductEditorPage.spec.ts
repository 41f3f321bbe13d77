import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose, optionsOf } from '@/test/selectOptions'
import { producer, regions } from '@/features/producer/testFixtures'
import { content, product } from '../testFixtures'
import ProductEditorPage from './ProductEditorPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

const verified = producer({ id: 'p-1', verification: 'VERIFIED' })

async function mountPage(id: string | undefined, backend: Backend = {}) {
  const fetchMock = stubBackend({
    ...signedInAs(['PRODUCER'], '汪师傅'),
    'GET /api/regions': () => jsonResponse(regions),
    'GET /api/producers/mine': () => jsonResponse([verified, producer({ id: 'p-2', verification: 'SUBMITTED' })]),
    ...backend,
  })
  const mounted = await mountWithHub(ProductEditorPage, {
    path: id ? `/producer/products/${id}/edit` : '/producer/products/new?producer=p-1',
    props: id ? { id } : {},
  })
  return { ...mounted, fetchMock }
}

function attributeNames(wrapper: VueWrapper): string[] {
  return wrapper
    .findAll('[data-testid^="attribute-item-"]')
    .map((item) => item.attributes('data-testid')!.replace('attribute-item-', ''))
}

/** The message Element Plus shows under the form item that holds `selector`. */
function errorBeside(wrapper: VueWrapper, selector: string): string | undefined {
  const item = wrapper.get(selector).element.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim()
}

/** Waits for the message, which Element Plus brings in with a transition. */
async function expectErrorBeside(wrapper: VueWrapper, selector: string, message: string): Promise<void> {
  await vi.waitFor(() => expect(errorBeside(wrapper, selector)).toBe(message))
}

async function typeNumber(wrapper: VueWrapper, testId: string, value: string): Promise<void> {
  const input = wrapper.get(`[data-testid="${testId}"] input`)
  await input.setValue(value)
  await input.trigger('change')
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Picks a file in the upload named `testId`, as a user does in the browser's file dialog. */
async function pick(wrapper: VueWrapper, testId: string, file: File): Promise<void> {
  const input = wrapper.get(`[data-testid="${testId}"] input[type="file"]`)
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

function bodyOf(fetchMock: ReturnType<typeof stubBackend>, method: string) {
  const call = fetchMock.mock.calls.find(([, init]) => init?.method === method)
  return call ? { url: String(call[0]), body: JSON.parse(String(call[1]?.body)) } : null
}

describe('ProductEditorPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('offers only verified producers and shows the attributes of the chosen category', { timeout: 20_000 }, async () => {
    const { wrapper } = await mountPage(undefined)

    expect(optionsOf(wrapper, 'product-producer').map((o) => o.textContent?.trim())).toEqual([verified.profile.legalNameZh])
    expect(wrapper.find('[data-testid="attribute-fields"]').exists()).toBe(false)

    await choose(wrapper, 'product-category', '茶叶')
    expect(attributeNames(wrapper)).toEqual(['variety', 'grade', 'harvest', 'harvestYear', 'originCounty', 'netWeightGrams'])
    expect(optionsOf(wrapper, 'attribute-grade').map((o) => o.textContent?.trim())).toEqual(['特级', '一级', '二级', '三级'])
    expect(optionsOf(wrapper, 'attribute-harvest').map((o) => o.textContent?.trim())).toEqual(['明前', '雨前', '春茶', '夏茶', '秋茶'])

    await choose(wrapper, 'product-category', '酒类')
    expect(attributeNames(wrapper)).toEqual(['abv', 'volumeMl', 'aromaType'])
    expect(optionsOf(wrapper, 'attribute-aromaType').map((o) => o.textContent?.trim())).toContain('芝麻香')

    await choose(wrapper, 'product-category', '旅游服务')
    expect(attributeNames(wrapper)).toEqual(['serviceType', 'durationHours', 'validityDays', 'capacityPerDate'])
  })

  it('creates a tea product with its attributes and prices in fen', { timeout: 20_000 }, async () => {
    const { wrapper, fetchMock, router } = await mountPage(undefined, {
      'POST /api/products': (init) => jsonResponse(product({ id: 'prod-9', content: JSON.parse(String(init?.body)).content }), 201),
      'GET /api/products/prod-9': () => jsonResponse(product({ id: 'prod-9' })),
    })

    await choose(wrapper, 'product-category', '茶叶')
    await wrapper.get('input[data-testid="attribute-variety"]').setValue('祁门槠叶种')
    await choose(wrapper, 'attribute-grade', '特级')
    await choose(wrapper, 'attribute-harvest', '明前')
    await typeNumber(wrapper, 'attribute-harvestYear', '2025')
    await typeNumber(wrapper, 'attribute-netWeightGrams', '250')
    await wrapper.get('input[data-testid="product-name-zh"]').setValue('祁门红茶 特级')
    await wrapper.get('textarea[data-testid="product-description-zh"]').setValue('香高味醇')
    await wrapper.get('input[data-testid="sku-code-0"]').setValue('QM-250')
    await wrapper.get('input[data-testid="sku-spec-0"]').setValue('250 克罐装')
    await wrapper.get('input[data-testid="sku-price-0"]').setValue('128')
    await wrapper.get('input[data-testid="sku-barcode-0"]').setValue('6901234567892')
    await wrapper.get('[data-testid="product-form"]').trigger('submit')
    await flushPromises()

    const post = bodyOf(fetchMock, 'POST')
    expect(post?.body.producerId).toBe('p-1')
    expect(post?.body.content).toMatchObject({
      category: 'TEA',
      nameZh: '祁门红茶 特级',
      nameEn: null,
      attributes: { variety: '祁门槠叶种', grade: 'SUPER', harvest: 'PRE_QINGMING', harvestYear: 2025, netWeightGrams: 250 },
      skus: [{ code: 'QM-250', spec: '250 克罐装', priceFen: 12800, stock: 0, barcode: '6901234567892', weightGrams: null }],
      provenance: { geographicalIndication: null, certificates: [], batches: [] },
    })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/producer/products/prod-9/edit')
  })

  it('refuses a barcode with a wrong check digit before sending', { timeout: 20_000 }, async () => {
    const { wrapper, fetchMock } = await mountPage('prod-1', { 'GET /api/products/prod-1': () => jsonResponse(product()) })

    await wrapper.get('input[data-testid="sku-barcode-0"]').setValue('6901234567893')
    await wrapper.get('[data-testid="product-form"]').trigger('submit')
    await flushPromises()

    await expectErrorBeside(wrapper, 'input[data-testid="sku-barcode-0"]', '条码须为 8、12、13 或 14 位数字且校验位正确')
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false)
  })

  it('sends the loaded version and puts the server’s field errors beside their inputs', { timeout: 20_000 }, async () => {
    const { wrapper, fetchMock } = await mountPage('prod-1', {
      'GET /api/products/prod-1': () => jsonResponse(product({ version: 4 })),
      'PUT /api/products/prod-1': () =>
        problemResponse({
          status: 400,
          title: 'Bad Request',
          detail: 'Request has invalid fields',
          errors: [
            { field: 'attributes.grade', message: 'grade is not allowed here' },
            { field: 'content.skus[0].priceFen', message: 'price too high' },
            { field: 'skus[0].barcode', message: 'barcode already used' },
            { field: 'provenance.certificates[0].validTo', message: 'certificate expired' },
          ],
        }),
    })

    await wrapper.get('[data-testid="product-form"]').trigger('submit')
    await flushPromises()

    expect(bodyOf(fetchMock, 'PUT')?.url).toBe('/api/products/prod-1?version=4')
    await expectErrorBeside(wrapper, '[data-testid="attribute-grade"]', 'grade is not allowed here')
    await expectErrorBeside(wrapper, 'input[data-testid="sku-price-0"]', 'price too high')
    await expectErrorBeside(wrapper, 'input[data-testid="sku-barcode-0"]', 'barcode already used')
    await expectErrorBeside(wrapper, '[data-testid="certificate-valid-to-0"]', 'certificate expired')
    expect(errorBeside(wrapper, 'input[data-testid="product-name-zh"]')).toBeFalsy()
  })

  it('shows prices in yuan, warns about a stale version and reloads', { timeout: 20_000 }, async () => {
    let loads = 0
    const { wrapper } = await mountPage('prod-1', {
      'GET /api/products/prod-1': () => {
        loads += 1
        return jsonResponse(product({ version: loads, content: content({ nameZh: loads === 1 ? '祁门红茶 特级' : '祁门红茶（新）' }) }))
      },
      'PUT /api/products/prod-1': () =>
        problemResponse({ type: '/problems/stale-version', status: 409, title: 'Conflict', detail: 'stale' }),
    })

    expect((wrapper.get('input[data-testid="sku-price-0"]').element as HTMLInputElement).value).toBe('128.00')
    await wrapper.get('[data-testid="product-form"]').trigger('submit')
    await flushPromises()

    expect(loads).toBe(2)
    expect(document.querySelector('.el-message--warning')?.textContent).toContain('该商品刚被修改过')
    expect((wrapper.get('input[data-testid="product-name-zh"]').element as HTMLInputElement).value).toBe('祁门红茶（新）')
  })

  it('notes that a change of a product on sale goes to review', async () => {
    const { wrapper } = await mountPage('prod-1', {
      'GET /api/products/prod-1': () => jsonResponse(product({ status: 'PUBLISHED', images: ['img-1'] })),
    })

    expect(wrapper.get('[data-testid="product-published-notice"]').text()).toContain('当前版本继续在售')
    expect(wrapper.get('[data-testid="gallery-image"] img').attributes('src')).toBe('/api/pavilion/images/img-1')
  })

  it('asks a new draft to be saved before certificate scans can be attached', { timeout: 20_000 }, async () => {
    const { wrapper } = await mountPage(undefined)

    await wrapper.get('button[data-testid="certificate-add"]').trigger('click')

    expect(wrapper.get('[data-testid="certificate-scan-later-0"]').text()).toBe('保存草稿后即可上传证书扫描件')
    expect(wrapper.find('[data-testid="certificate-scan-0-button"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="history-panel"]').exists()).toBe(false)
  })

  it('uploads a certificate scan for a saved product and names it in the certificate on save', { timeout: 20_000 }, async () => {
    const { wrapper, fetchMock } = await mountPage('prod-1', {
      'GET /api/products/prod-1': () => jsonResponse(product({ version: 2 })),
      'POST /api/products/prod-1/certificate-scans': () => jsonResponse({ fileId: 'scan-9' }, 201),
      'PUT /api/products/prod-1': (init) => jsonResponse(product({ version: 3, content: JSON.parse(String(init?.body)) })),
    })
    expect(wrapper.find('[data-testid="certificate-scan-later-0"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="certificate-scan-0-button"]').text()).toBe('上传扫描件')
    expect(wrapper.find('[data-testid="certificate-scan-link-0"]').exists()).toBe(false)

    await pick(wrapper, 'certificate-scan-0', new File([PNG_SIGNATURE], 'green-food.png', { type: 'image/png' }))

    const upload = fetchMock.mock.calls.find(([url]) => String(url) === '/api/products/prod-1/certificate-scans')
    expect(upload?.[1]?.method).toBe('POST')
    expect(((upload?.[1]?.body as FormData).get('file') as File).name).toBe('green-food.png')
    const link = wrapper.get('[data-testid="certificate-scan-link-0"]')
    expect(link.text()).toBe('已附扫描件 — 查看')
    expect(link.attributes('href')).toBe('/api/products/prod-1/certificate-scans/scan-9')
    expect(link.attributes('target')).toBe('_blank')
    expect(wrapper.get('[data-testid="certificate-scan-0-button"]').text()).toBe('更换扫描件')

    await wrapper.get('[data-testid="product-form"]').trigger('submit')
    await flushPromises()

    const put = bodyOf(fetchMock, 'PUT')
    expect(put?.url).toBe('/api/products/prod-1?version=2')
    expect(put?.body.provenance.certificates[0].scanFileId).toBe('scan-9')
  })

  it('refuses a file that is no scan before sending it', { timeout: 20_000 }, async () => {
    const { wrapper, fetchMock } = await mountPage('prod-1', { 'GET /api/products/prod-1': () => jsonResponse(product()) })

    await pick(wrapper, 'certificate-scan-0', new File(['notes'], 'certificate.txt', { type: 'text/plain' }))

    expect(wrapper.get('[data-testid="certificate-scan-0-error"]').text()).toContain('只能上传 PDF、JPEG 或 PNG 文件')
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('certificate-scans'))).toBe(false)
    expect(wrapper.find('[data-testid="certificate-scan-link-0"]').exists()).toBe(false)
  })

  it('removes a scan from a certificate and shows the server’s refusal of a scan beside the certificate', { timeout: 20_000 }, async () => {
    const withScan = content({
      provenance: { ...content().provenance, certificates: [{ ...content().provenance.certificates[0]!, scanFileId: 'scan-1' }] },
    })
    const { wrapper, fetchMock } = await mountPage('prod-1', {
      'GET /api/products/prod-1': () => jsonResponse(product({ content: withScan })),
      'PUT /api/products/prod-1': () =>
        problemResponse({
          status: 400,
          title: 'Bad Request',
          errors: [{ field: 'provenance.certificates[0].scanFileId', message: 'is not a scan uploaded for this product' }],
        }),
    })
    expect(wrapper.get('[data-testid="certificate-scan-link-0"]').attributes('href')).toBe(
      '/api/products/prod-1/certificate-scans/scan-1',
    )

    await wrapper.get('button[data-testid="certificate-scan-remove-0"]').trigger('click')
    expect(wrapper.find('[data-testid="certificate-scan-link-0"]').exists()).toBe(false)
    await wrapper.get('[data-testid="product-form"]').trigger('submit')
    await flushPromises()

    expect(bodyOf(fetchMock, 'PUT')?.body.provenance.certificates[0].scanFileId).toBeNull()
    await expectErrorBeside(wrapper, '[data-testid="certificate-scan-0"]', 'is not a scan uploaded for this product')
  })

  it('folds the product’s history below the pictures', { timeout: 20_000 }, async () => {
    const { wrapper } = await mountPage('prod-1', {
      'GET /api/products/prod-1': () =>
        jsonResponse(
          product({
            history: [
              { at: '2025-04-01T08:30:00Z', actor: 'farm1', action: 'created', changedFields: [], note: null },
              { at: '2025-04-03T08:30:00Z', actor: 'rev', action: 'rejected', changedFields: [], note: '缺少检测报告' },
            ],
          }),
        ),
    })

    const panel = wrapper.get('[data-testid="history-panel"]')
    expect(panel.get('[data-testid="history-toggle"]').text()).toBe('处理记录')
    expect(panel.findAll('[data-testid="audit-action"]').map((action) => action.text())).toEqual(['审核驳回', '创建草稿'])
    expect(panel.get('[data-testid="audit-note"]').text()).toBe('说明：缺少检测报告')
  })
})
