import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { anonymous, jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import { NOT_RECORDED } from '@/shared/i18n'
import { regions } from '@/features/producer/testFixtures'
import { trace } from '../testFixtures'
import TracePage from './TracePage.vue'

async function mountPage(code: string, backend: Parameters<typeof stubBackend>[0], locale: 'zh-CN' | 'en' = 'zh-CN') {
  stubBackend({ ...anonymous, 'GET /api/regions': () => jsonResponse(regions), ...backend })
  return mountWithHub(TracePage, { path: `/trace/${code}`, props: { code }, locale })
}

describe('TracePage', () => {
  enableAutoUnmount(afterEach)

  it('shows the product, its batch and indication to anyone', async () => {
    const { wrapper } = await mountPage('QM-2025-001', { 'GET /api/pavilion/trace/QM-2025-001': () => jsonResponse(trace()) })

    expect(wrapper.get('[data-testid="trace-product-name"]').text()).toBe('祁门红茶 特级')
    expect(wrapper.get('[data-testid="trace-what"]').text()).toBe('春茶第一批')
    expect(wrapper.get('[data-testid="trace-where"]').text()).toBe('祁门县')
    expect(wrapper.get('[data-testid="trace-when"]').text()).toBe('2025-03-28')
    expect(wrapper.get('[data-testid="trace-who"]').text()).toBe('汪师傅')
    expect(wrapper.get('[data-testid="trace-quantity"]').text()).toBe('500 kg')
    expect(wrapper.get('[data-testid="trace-gi"]').text()).toContain('AGI00123')
  })

  it('tags a certificate that is no longer valid as expired', async () => {
    const { wrapper } = await mountPage('QM-2025-001', { 'GET /api/pavilion/trace/QM-2025-001': () => jsonResponse(trace()) })

    const tags = wrapper.findAll('[data-testid="trace-certificate"]').map((row) => [
      row.text().includes('LB-15-2025') ? 'LB' : 'ORG',
      row.get('[data-testid="trace-certificate-validity"]').text(),
    ])
    expect(tags).toEqual([
      ['LB', '今日有效'],
      ['ORG', '已过期'],
    ])
  })

  it('names the product in English, falling back to Chinese', async () => {
    const { wrapper } = await mountPage(
      'QM-2025-001',
      { 'GET /api/pavilion/trace/QM-2025-001': () => jsonResponse(trace({ productNameEn: null })) },
      'en',
    )

    expect(wrapper.get('[data-testid="trace-product-name"]').text()).toBe('祁门红茶 特级')
    expect(wrapper.get('[data-testid="trace-where"]').text()).toBe('Qimen County')
    expect(wrapper.findAll('[data-testid="trace-certificate-validity"]').map((tag) => tag.text())).toEqual(['Valid today', 'Expired'])
  })

  it('reads the demo data’s unrecorded numbers as “not recorded” in English and leaves real numbers alone', async () => {
    const unrecorded = trace({
      geographicalIndication: { name: '祁门红茶', registrationNumber: NOT_RECORDED },
      certificates: [
        { type: 'TIME_HONOURED_BRAND', number: NOT_RECORDED, issuer: '商务部', validToday: true },
        { type: 'ORGANIC', number: 'ORG-2019-7', issuer: '南京国环有机产品认证中心', validToday: true },
      ],
    })
    const numbers = async (locale: 'zh-CN' | 'en') => {
      const { wrapper } = await mountPage('QM-2025-001', { 'GET /api/pavilion/trace/QM-2025-001': () => jsonResponse(unrecorded) }, locale)
      return [wrapper.get('[data-testid="trace-gi"] .number').text(), ...wrapper.findAll('[data-testid="trace-certificate"] .number').map((n) => n.text())]
    }

    expect(await numbers('en')).toEqual(['Registration number: not recorded', 'not recorded', 'ORG-2019-7'])
    expect(await numbers('zh-CN')).toEqual([expect.stringContaining(NOT_RECORDED), NOT_RECORDED, 'ORG-2019-7'])
  })

  it('says kindly that an unknown code leads nowhere', async () => {
    const { wrapper } = await mountPage('NOPE-404', {
      'GET /api/pavilion/trace/NOPE-404': () => problemResponse({ status: 404, title: 'Not Found', detail: 'No batch' }),
    })

    expect(wrapper.get('[data-testid="trace-not-found"]').text()).toContain('没有找到溯源码 NOPE-404 对应的产品')
    expect(wrapper.find('[data-testid="trace-result"]').exists()).toBe(false)
  })
})
