import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { jsonResponse, problemResponse, setCookie, signedInAs, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { ListingTemplate } from '../api'
import TemplatesCard from './TemplatesCard.vue'

const tea: ListingTemplate = {
  id: 'TAOBAO:TEA',
  channel: 'TAOBAO',
  category: 'TEA',
  platformCategoryId: '50050001',
  properties: [
    { attribute: null, platformPropertyId: '20000', fixedValue: '安徽' },
    { attribute: 'variety', platformPropertyId: '20001', fixedValue: null },
  ],
  updatedAt: '2026-12-01T00:00:00Z',
  version: 2,
}

describe('TemplatesCard', () => {
  enableAutoUnmount(afterEach)
  beforeEach(() => setCookie('XSRF-TOKEN', 'admin-token'))

  it('shows which categories lack a template and creates one, refusing an incomplete form before sending it', async () => {
    const sent: unknown[] = []
    stubBackend({
      ...signedInAs(['ADMIN']),
      'GET /api/channels/templates': () => jsonResponse([tea]),
      'PUT /api/channels/templates/TAOBAO/SILK': (init) => {
        const body = JSON.parse(String(init?.body))
        sent.push(body)
        return jsonResponse({ ...body, id: 'TAOBAO:SILK', channel: 'TAOBAO', category: 'SILK', updatedAt: '2026-12-04T00:00:00Z', version: 0 })
      },
    })
    const { wrapper } = await mountWithHub(TemplatesCard)
    await flushPromises()

    expect(wrapper.get('[data-testid="templates-missing"]').text()).toContain('9 个类目')
    expect(wrapper.get('[data-testid="templates-table"]').text()).toContain('20001 ← 品种')
    expect(wrapper.get('[data-testid="template-open-TEA"]').text()).toBe('修改')
    await wrapper.get('[data-testid="template-open-SILK"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="template-form"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="template-no-properties"]').text()).toContain('尚无属性映射')

    await wrapper.get('[data-testid="template-add"]').trigger('click')
    await wrapper.get('[data-testid="template-save"]').trigger('click')
    await flushPromises()
    await vi.waitFor(() => {
      const errors = wrapper.findAll('[data-testid="template-form"] .el-form-item__error').map((error) => error.text())
      expect(errors).toEqual(['请填写平台类目 ID', '1–40 位字母、数字、_ 或 -', '请选择我方属性'])
    })
    expect(sent).toEqual([])

    await wrapper.get('[data-testid="template-category-id"]').setValue(' 50050002 ')
    await wrapper.get('[data-testid="template-property-id"]').setValue('20000')
    await wrapper.get('[data-testid="template-source-fixed"] input').setValue(true)
    await flushPromises()
    await wrapper.get('[data-testid="template-fixed-value"]').setValue('安徽')
    await wrapper.get('[data-testid="template-save"]').trigger('click')
    await vi.waitFor(() => expect(sent).toHaveLength(1))

    expect(sent[0]).toEqual({
      platformCategoryId: '50050002',
      properties: [{ platformPropertyId: '20000', attribute: null, fixedValue: '安徽' }],
      version: null,
    })
    await flushPromises()
    expect(wrapper.get('[data-testid="templates-missing"]').text()).toContain('8 个类目')
    expect(wrapper.get('[data-testid="template-open-SILK"]').text()).toBe('修改')
  })

  it('keeps the admin’s edits when another admin saved first, and saves them over that version when asked again', async () => {
    const versions: unknown[] = []
    stubBackend({
      ...signedInAs(['ADMIN']),
      'GET /api/channels/templates': () => jsonResponse(versions.length === 0 ? [tea] : [{ ...tea, platformCategoryId: '50059999', version: 3 }]),
      'PUT /api/channels/templates/TAOBAO/TEA': (init) => {
        const body = JSON.parse(String(init?.body))
        versions.push(body.version)
        return body.version === 2
          ? problemResponse({ type: '/problems/stale-version', status: 409, title: 'Conflict', detail: 'stale' })
          : jsonResponse({ ...tea, ...body, version: 4 })
      },
    })
    const { wrapper } = await mountWithHub(TemplatesCard)
    await flushPromises()

    await wrapper.get('[data-testid="template-open-TEA"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="template-form"]').exists()).toBe(true))
    await wrapper.get('[data-testid="template-category-id"]').setValue('50050011')
    await wrapper.get('[data-testid="template-save"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="template-conflict"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="template-conflict"]').text()).toContain('50059999')
    expect((wrapper.get('[data-testid="template-category-id"]').element as HTMLInputElement).value).toBe('50050011')

    await wrapper.get('[data-testid="template-save"]').trigger('click')
    await vi.waitFor(() => expect(versions).toEqual([2, 3]))
  })
})
