import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { choose, optionsOf } from '@/test/selectOptions'
import { producer } from '@/features/producer/testFixtures'
import { checkImportFile } from '../importFile'
import { importJob } from '../importTestFixtures'
import ImportForm from './ImportForm.vue'

type Backend = Parameters<typeof stubBackend>[0]

const MB = 1024 * 1024
const first = producer({ id: 'p-1', verification: 'VERIFIED' })
const second = producer({ id: 'p-2', verification: 'VERIFIED', profile: { ...first.profile, legalNameZh: '歙县徽墨厂' } })

async function mountForm(backend: Backend = {}, producers = [first, second]) {
  const fetchMock = stubBackend(backend)
  const mounted = await mountWithHub(ImportForm, { props: { producers } })
  return { ...mounted, fetchMock }
}

async function pick(wrapper: VueWrapper, file: File): Promise<void> {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

async function chooseProducerAndTea(wrapper: VueWrapper): Promise<void> {
  await choose(wrapper, 'import-producer', '歙县徽墨厂')
  await choose(wrapper, 'import-category', '茶叶')
}

const uploads = (fetchMock: ReturnType<typeof stubBackend>) =>
  fetchMock.mock.calls.filter(([url]) => String(url).startsWith('/api/products/imports'))

describe('ImportForm', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => {
    setCookie('XSRF-TOKEN', 'producer-token')
    document.body.innerHTML = ''
  })

  it('offers the given producers and keeps the drop area shut until producer and category are chosen', async () => {
    const { wrapper } = await mountForm()

    expect(optionsOf(wrapper, 'import-producer').map((option) => option.textContent?.trim())).toEqual([
      first.profile.legalNameZh,
      '歙县徽墨厂',
    ])
    expect(wrapper.get('input[type="file"]').attributes()).toMatchObject({ accept: '.csv,.xlsx', disabled: '' })
    expect(wrapper.text()).toContain('仅限 .csv 或 .xlsx，不超过 10 MB、10,000 行')

    await chooseProducerAndTea(wrapper)
    expect(wrapper.get('input[type="file"]').attributes('disabled')).toBeUndefined()
    expect(wrapper.find('[data-testid="import-choose-first"]').exists()).toBe(false)
  })

  it('refuses a file that is not CSV or XLSX without sending it', async () => {
    const { wrapper, fetchMock } = await mountForm()
    await chooseProducerAndTea(wrapper)

    await pick(wrapper, new File(['a;b'], 'teas.xls', { type: 'application/vnd.ms-excel' }))

    expect(uploads(fetchMock)).toHaveLength(0)
    expect(wrapper.get('[data-testid="import-file-complaint"]').text()).toBe(
      '“teas.xls” 不是 CSV 或 XLSX 文件，请用模板另存为 .csv 或 .xlsx 后再上传',
    )
    expect(wrapper.emitted('started')).toBeUndefined()
  })

  it('refuses a file over 10 MB without sending it', async () => {
    const { wrapper, fetchMock } = await mountForm()
    await chooseProducerAndTea(wrapper)

    await pick(wrapper, new File([new Uint8Array(10 * MB + 1)], 'teas.xlsx'))

    expect(uploads(fetchMock)).toHaveLength(0)
    expect(wrapper.get('[data-testid="import-file-complaint"]').text()).toBe('“teas.xlsx” 超过 10 MB，请拆分成多个文件')
  })

  it('sends an acceptable file for the chosen producer and reports the started import', async () => {
    const started = importJob({ producerId: 'p-2' })
    const { wrapper, fetchMock } = await mountForm({ 'POST /api/products/imports': () => jsonResponse(started, 202) })
    await chooseProducerAndTea(wrapper)
    await pick(wrapper, new File(['x'], 'bad.txt'))

    await pick(wrapper, new File(['sku_code\n'], 'TEAS.XLSX'))

    expect(wrapper.find('[data-testid="import-file-complaint"]').exists()).toBe(false)
    expect(uploads(fetchMock).map(([url]) => String(url))).toEqual([
      '/api/products/imports?producerId=p-2&category=TEA&allOrNothing=true',
    ])
    expect(wrapper.emitted('started')).toEqual([[started]])
  })

  it('shows the server’s reason when it refuses the file', async () => {
    const detail = 'An import file may hold at most 10000 rows; split it.'
    const { wrapper } = await mountForm({
      'POST /api/products/imports': () =>
        problemResponse({ type: '/problems/unacceptable-file', title: 'Unprocessable Content', status: 422, detail }),
    })
    await chooseProducerAndTea(wrapper)

    await pick(wrapper, new File(['sku_code\n'], 'huge.csv'))

    const error = wrapper.get('[data-testid="import-upload-error"]')
    expect(error.text()).toContain('文件未能导入')
    expect(error.text()).toContain(detail)
    expect(wrapper.emitted('started')).toBeUndefined()
  })
})

describe('checkImportFile', () => {
  it('takes .csv and .xlsx files from 1 byte up to 10 MB, whatever type the browser names', () => {
    expect(checkImportFile({ name: 'a.csv', size: 1 })).toBeNull()
    expect(checkImportFile({ name: 'A.XLSX', size: 10 * MB })).toBeNull()
    expect(checkImportFile({ name: 'a.xlsx', size: 10 * MB + 1 })).toBe('fileTooLarge')
    expect(checkImportFile({ name: 'a.csv', size: 0 })).toBe('fileEmpty')
    expect(checkImportFile({ name: 'a.xls', size: 1 })).toBe('fileType')
    expect(checkImportFile({ name: 'a.csv.txt', size: 1 })).toBe('fileType')
    expect(checkImportFile({ name: 'csv', size: 1 })).toBe('fileType')
  })
})
