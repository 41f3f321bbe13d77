import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { Suggestion } from '../api'
import PavilionSearchBox from './PavilionSearchBox.vue'

const suggestions: Suggestion[] = [
  { id: 'p-maofeng', text: 'hsmf', nameZh: '黄山毛峰', nameEn: 'Huangshan Maofeng green tea', category: 'TEA' },
  { id: 'p-paper', text: 'hs', nameZh: '黄山宣纸', nameEn: null, category: 'CULTURAL_GOODS' },
]

const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 250))
  await flushPromises()
}
const shown = () =>
  [...document.body.querySelectorAll('[data-testid="pavilion-suggestion"]')].map((item) =>
    [...item.children].map((part) => part.textContent?.trim()),
  )
const suggestCalls = (fetchMock: ReturnType<typeof stubBackend>) =>
  fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://x')).filter((url) => url.pathname === '/api/pavilion/suggest')

async function typeInto(locale: 'zh-CN' | 'en', typed: string) {
  const fetchMock = stubBackend({ 'GET /api/pavilion/suggest': () => jsonResponse(suggestions) })
  const mounted = await mountWithHub(PavilionSearchBox, { locale, props: { modelValue: '' } })
  const input = mounted.wrapper.get('input')
  await input.trigger('focus')
  await input.setValue(typed)
  await settle()
  return { ...mounted, fetchMock, input }
}

describe('PavilionSearchBox', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('suggests products while typing, in the active language with the other name small', async () => {
    const { fetchMock } = await typeInto('zh-CN', 'hsm')

    expect(suggestCalls(fetchMock).map((url) => url.searchParams.get('q'))).toEqual(['hsm'])
    expect(shown()).toEqual([['黄山毛峰', 'Huangshan Maofeng green tea'], ['黄山宣纸']])
  })

  it('shows the English name first in English', async () => {
    await typeInto('en', 'hsm')

    expect(shown()).toEqual([['Huangshan Maofeng green tea', '黄山毛峰'], ['黄山宣纸']])
  })

  it('asks once for a burst of keystrokes', async () => {
    const fetchMock = stubBackend({ 'GET /api/pavilion/suggest': () => jsonResponse(suggestions) })
    const { wrapper } = await mountWithHub(PavilionSearchBox, { props: { modelValue: '' } })
    const input = wrapper.get('input')
    for (const typed of ['h', 'hs', 'hsm']) await input.setValue(typed)
    await settle()

    expect(suggestCalls(fetchMock).map((url) => url.searchParams.get('q'))).toEqual(['hsm'])
  })

  it('opens the chosen product', async () => {
    const { wrapper } = await typeInto('zh-CN', 'hsm')

    ;(document.body.querySelector('[data-testid="pavilion-suggestion"]') as HTMLElement).closest('li')!.click()
    await flushPromises()

    expect(wrapper.emitted('open')).toEqual([['p-maofeng']])
    expect(wrapper.emitted('search')).toBeUndefined()
  })

  it('searches the typed text on Enter when no suggestion is highlighted', async () => {
    const { wrapper, input } = await typeInto('zh-CN', 'hsm')

    await input.trigger('keydown', { key: 'Enter', code: 'Enter' })
    await flushPromises()

    expect(wrapper.emitted('search')).toEqual([['hsm']])
    expect(wrapper.emitted('open')).toBeUndefined()
  })
})
