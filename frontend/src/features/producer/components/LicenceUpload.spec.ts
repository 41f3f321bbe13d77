import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { producer } from '../testFixtures'
import LicenceUpload from './LicenceUpload.vue'

type Backend = Parameters<typeof stubBackend>[0]

const MB = 1024 * 1024
const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

async function mountUpload(backend: Backend = {}) {
  const fetchMock = stubBackend(backend)
  const mounted = await mountWithHub(LicenceUpload, { props: { producer: producer({ id: 'p-1' }) } })
  return { ...mounted, fetchMock }
}

/** Picks files as a user does in the browser's file dialog. */
async function pick(wrapper: VueWrapper, ...files: File[]): Promise<void> {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
  await flushPromises()
}

function uploads(fetchMock: ReturnType<typeof stubBackend>) {
  return fetchMock.mock.calls.filter(([url]) => String(url) === '/api/producers/p-1/licence')
}

describe('LicenceUpload', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'upload-token')
    document.body.innerHTML = ''
  })

  it('lets the file dialog offer PDF, JPEG and PNG files', async () => {
    const { wrapper } = await mountUpload()

    const accept = wrapper.get('input[type="file"]').attributes('accept')?.split(',')
    expect(accept).toEqual(expect.arrayContaining(['application/pdf', 'image/jpeg', 'image/png', '.pdf', '.jpg', '.png']))
    expect(wrapper.text()).toContain('支持 PDF、JPEG、PNG 格式，不超过 5 MB')
  })

  it('refuses a text file without sending it', async () => {
    const { wrapper, fetchMock } = await mountUpload()

    await pick(wrapper, new File(['not a scan'], 'licence.txt', { type: 'text/plain' }))

    expect(uploads(fetchMock)).toHaveLength(0)
    expect(wrapper.get('[data-testid="licence-upload-error"]').text()).toContain('只能上传 PDF、JPEG 或 PNG 文件')
    expect(wrapper.emitted('uploaded')).toBeUndefined()
  })

  it('refuses a 6 MB scan without sending it', async () => {
    const { wrapper, fetchMock } = await mountUpload()

    await pick(wrapper, new File([new Uint8Array(6 * MB)], 'licence.png', { type: 'image/png' }))

    expect(uploads(fetchMock)).toHaveLength(0)
    expect(wrapper.get('[data-testid="licence-upload-error"]').text()).toContain('文件不能超过 5 MB')
  })

  it('sends a PNG as the multipart part “file” with the CSRF token and reports the submitted producer', async () => {
    const submitted = producer({ id: 'p-1', verification: 'SUBMITTED', licenceFileId: 'f-1' })
    const { wrapper, fetchMock } = await mountUpload({ 'PUT /api/producers/p-1/licence': () => jsonResponse(submitted) })

    await pick(wrapper, new File([PNG_SIGNATURE], 'licence.png', { type: 'image/png' }))

    const [upload] = uploads(fetchMock)
    expect(upload?.[1]?.method).toBe('PUT')
    const headers = new Headers(upload?.[1]?.headers)
    expect(headers.get('X-XSRF-TOKEN')).toBe('upload-token')
    expect(headers.has('Content-Type')).toBe(false)
    const part = (upload?.[1]?.body as FormData).get('file') as File
    expect(part.name).toBe('licence.png')
    expect(part.size).toBe(PNG_SIGNATURE.length)
    expect(wrapper.emitted('uploaded')).toEqual([[submitted]])
    expect(wrapper.find('[data-testid="licence-upload-error"]').exists()).toBe(false)
    expect(document.querySelector('.el-message')?.textContent).toContain('营业执照已上传，已提交审核')
  })

  it('shows the server’s explanation when it refuses the file (422)', async () => {
    const detail = 'The file is not a PDF, JPEG or PNG.'
    const { wrapper } = await mountUpload({
      'PUT /api/producers/p-1/licence': () =>
        problemResponse({ type: '/problems/unacceptable-file', title: 'Unprocessable Content', status: 422, detail }),
    })

    await pick(wrapper, new File(['%PDF-1.7 but not really'], 'licence.pdf', { type: 'application/pdf' }))

    const error = wrapper.get('[data-testid="licence-upload-error"]')
    expect(error.text()).toContain('营业执照上传失败')
    expect(error.text()).toContain(detail)
    expect(wrapper.emitted('uploaded')).toBeUndefined()
  })
})
