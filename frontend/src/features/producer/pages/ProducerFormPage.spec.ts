import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { producer, profile, regions } from '../testFixtures'
import ProducerFormPage from './ProducerFormPage.vue'

type Backend = Parameters<typeof stubBackend>[0]

async function mountPage(id: string | undefined, backend: Backend) {
  const fetchMock = stubBackend({
    ...signedInAs(['PRODUCER'], '汪师傅'),
    'GET /api/regions': () => jsonResponse(regions),
    'GET /api/producers/mine': () => jsonResponse([]),
    ...backend,
  })
  const mounted = await mountWithHub(ProducerFormPage, {
    path: id ? `/producer/${id}/edit` : '/producer/new',
    props: id ? { id } : {},
  })
  return { ...mounted, fetchMock }
}

describe('ProducerFormPage', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('offers an empty form to register a producer', async () => {
    const { wrapper } = await mountPage(undefined, {})

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('登记生产主体')
    expect((wrapper.get('input[data-testid="producer-form-legal-name-zh"]').element as HTMLInputElement).value).toBe('')
    expect(wrapper.get('[data-testid="producer-form-submit"]').text()).toBe('登记')
  })

  it('loads the producer to edit, saves it and returns to the list', { timeout: 20_000 }, async () => {
    const loaded = producer({ id: 'p-7', version: 2, verification: 'REJECTED', rejectionReason: '地址不全' })
    const { wrapper, router, fetchMock } = await mountPage('p-7', {
      'GET /api/producers/p-7': () => jsonResponse(loaded),
      'PUT /api/producers/p-7': (init) => jsonResponse({ ...loaded, profile: JSON.parse(String(init?.body)), version: 3 }),
    })

    expect(wrapper.get('[data-testid="section-title"]').text()).toBe('编辑生产主体')
    const address = wrapper.get('input[data-testid="producer-form-address"]')
    expect((address.element as HTMLInputElement).value).toBe(profile().address)
    await address.setValue('安徽省黄山市祁门县祁山镇新街 8 号')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')
    expect(String(put?.[0])).toBe('/api/producers/p-7?version=2')
    expect(document.querySelector('.el-message--success')?.textContent).toContain('已保存 祁门县祁红茶业专业合作社')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('producer'), { timeout: 15_000 })
  })

  it('explains a producer that cannot be loaded', async () => {
    const { wrapper } = await mountPage('p-x', {
      'GET /api/producers/p-x': () => problemResponse({ status: 404, title: 'Not Found', detail: 'No producer p-x.' }),
    })

    const error = wrapper.get('[data-testid="producer-form-load-error"]')
    expect(error.text()).toContain('生产主体加载失败')
    expect(error.text()).toContain('No producer p-x.')
    expect(wrapper.find('[data-testid="producer-form"]').exists()).toBe(false)
  })

  it('offers no logo or history while registering', async () => {
    const { wrapper } = await mountPage(undefined, {})

    expect(wrapper.find('[data-testid="producer-logo-section"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="history-panel"]').exists()).toBe(false)
  })

  it('uploads a logo for an existing producer, previews it and saves the profile with the new version', { timeout: 20_000 }, async () => {
    const loaded = producer({
      id: 'p-7',
      version: 2,
      verification: 'VERIFIED',
      history: [
        { at: '2025-04-01T08:30:00Z', actor: 'farm1', action: 'registered', changedFields: [], note: null },
        { at: '2025-04-02T08:30:00Z', actor: 'rev', action: 'verified', changedFields: [], note: null },
      ],
    })
    const withLogo = {
      ...loaded,
      logoFileId: 'logo-1',
      version: 3,
      history: [...loaded.history, { at: '2025-04-03T08:30:00Z', actor: 'farm1', action: 'logo-changed', changedFields: [], note: null }],
    }
    const { wrapper, fetchMock } = await mountPage('p-7', {
      'GET /api/producers/p-7': () => jsonResponse(loaded),
      'PUT /api/producers/p-7/logo': () => jsonResponse(withLogo),
      'PUT /api/producers/p-7': (init) => jsonResponse({ ...withLogo, profile: JSON.parse(String(init?.body)), version: 4 }),
    })
    const section = wrapper.get('[data-testid="producer-logo-section"]')
    expect(section.get('[data-testid="producer-logo-placeholder"]').text()).toBe('祁')
    expect(section.get('[data-testid="logo-upload-button"]').text()).toBe('上传标志')

    const input = section.get('input[type="file"]')
    Object.defineProperty(input.element, 'files', { value: [new File([new Uint8Array(8)], 'logo.webp', { type: 'image/webp' })] })
    await input.trigger('change')
    await flushPromises()

    const upload = fetchMock.mock.calls.find(([url]) => String(url) === '/api/producers/p-7/logo')
    expect(upload?.[1]?.method).toBe('PUT')
    expect(section.get('img[data-testid="producer-logo"]').attributes('src')).toBe('/api/pavilion/images/logo-1')
    expect(section.get('[data-testid="logo-upload-button"]').text()).toBe('更换标志')
    expect(wrapper.findAll('[data-testid="audit-action"]').map((action) => action.text())).toEqual(['更换标志', '认证通过', '登记'])

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const put = fetchMock.mock.calls.find(([url, init]) => init?.method === 'PUT' && String(url).startsWith('/api/producers/p-7?'))
    expect(String(put?.[0])).toBe('/api/producers/p-7?version=3')
  })

  it('refuses a logo larger than 2 MB without sending it', async () => {
    const { wrapper, fetchMock } = await mountPage('p-7', { 'GET /api/producers/p-7': () => jsonResponse(producer({ id: 'p-7' })) })

    const input = wrapper.get('[data-testid="producer-logo-section"] input[type="file"]')
    const large = new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'logo.png', { type: 'image/png' })
    Object.defineProperty(input.element, 'files', { value: [large] })
    await input.trigger('change')
    await flushPromises()

    expect(wrapper.get('[data-testid="logo-upload-error"]').text()).toContain('文件不能超过 2 MB')
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/logo'))).toBe(false)
  })
})
