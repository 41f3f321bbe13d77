import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils'
import { mountWithHub } from '@/test/mountWithHub'
import type { AuditEntry } from './auditEntry'
import AuditTrail from './AuditTrail.vue'

/** As the server stores them: oldest first. */
const productHistory: AuditEntry[] = [
  { at: '2025-04-01T08:30:00Z', actor: 'farm1', action: 'created', changedFields: [], note: null },
  { at: '2025-04-02T09:00:00Z', actor: 'farm1', action: 'edited', changedFields: ['nameZh', 'skus'], note: null },
  { at: '2025-04-03T10:15:00Z', actor: 'farm1', action: 'submitted', changedFields: [], note: null },
  { at: '2025-04-04T11:45:00Z', actor: 'qimen-reviewer', action: 'rejected', changedFields: [], note: '等级与检测报告不符' },
  { at: '2025-04-05T12:00:00Z', actor: 'farm1', action: 'bulk-imported', changedFields: ['shelfLife'], note: null },
]

async function mountTrail(entries: AuditEntry[], subject: 'product' | 'producer', locale: 'zh-CN' | 'en' = 'zh-CN') {
  const { wrapper } = await mountWithHub(AuditTrail, { props: { entries, subject }, locale })
  return wrapper
}

function column(wrapper: VueWrapper, testId: string): string[] {
  return wrapper.findAll('[data-testid="audit-entry"]').map((entry) => entry.find(`[data-testid="${testId}"]`).text())
}

describe('AuditTrail', () => {
  enableAutoUnmount(afterEach)

  it('lists the newest step first with its translated action and who took it', async () => {
    const wrapper = await mountTrail(productHistory, 'product')

    expect(wrapper.findAll('[data-testid="audit-entry"]').map((entry) => entry.attributes('data-action'))).toEqual([
      'bulk-imported',
      'rejected',
      'submitted',
      'edited',
      'created',
    ])
    expect(column(wrapper, 'audit-action')).toEqual(['bulk-imported', '审核驳回', '提交审核', '修改内容', '创建草稿'])
    expect(column(wrapper, 'audit-actor')[1]).toBe('操作人：qimen-reviewer')
  })

  it('names the changed fields, falls back to the server’s name for an unknown one, and shows the note', async () => {
    const wrapper = await mountTrail(productHistory, 'product')
    const [imported, rejected, , edited] = wrapper.findAll('[data-testid="audit-entry"]')

    expect(edited!.get('[data-testid="audit-fields"]').text()).toBe('修改了：中文名称、规格与价格')
    expect(imported!.get('[data-testid="audit-fields"]').text()).toBe('修改了：shelfLife')
    expect(rejected!.get('[data-testid="audit-note"]').text()).toBe('说明：等级与检测报告不符')
    expect(edited!.find('[data-testid="audit-note"]').exists()).toBe(false)
  })

  it('speaks English and writes the time the English way', async () => {
    const wrapper = await mountTrail(productHistory, 'product', 'en')

    expect(column(wrapper, 'audit-action')).toEqual(['bulk-imported', 'Rejected', 'Submitted for review', 'Edited', 'Draft created'])
    const [, rejected, , edited] = wrapper.findAll('[data-testid="audit-entry"]')
    expect(edited!.get('[data-testid="audit-fields"]').text()).toBe('Changed: Chinese name, Variants and prices')
    expect(rejected!.get('[data-testid="audit-actor"]').text()).toBe('by qimen-reviewer')
    expect(rejected!.get('.el-timeline-item__timestamp').text()).toMatch(/^Apr 4, 2025/)
  })

  it('writes the time the Chinese way in Chinese', async () => {
    const wrapper = await mountTrail(productHistory, 'product')

    const [, rejected] = wrapper.findAll('[data-testid="audit-entry"]')
    expect(rejected!.get('.el-timeline-item__timestamp').text()).toMatch(/^2025年4月4日/)
  })

  it('uses the producer’s words for a producer', async () => {
    const wrapper = await mountTrail(
      [
        { at: '2025-04-01T08:30:00Z', actor: 'farm1', action: 'registered', changedFields: [], note: null },
        { at: '2025-04-01T08:40:00Z', actor: 'farm1', action: 'licence-uploaded', changedFields: [], note: null },
        { at: '2025-04-02T08:30:00Z', actor: 'rev', action: 'verified', changedFields: [], note: null },
        { at: '2025-04-03T08:30:00Z', actor: 'farm1', action: 'edited', changedFields: ['address', 'countyCode'], note: null },
        { at: '2025-04-03T08:30:00Z', actor: 'farm1', action: 'logo-changed', changedFields: [], note: null },
      ],
      'producer',
    )

    expect(column(wrapper, 'audit-action')).toEqual(['更换标志', '修改资料', '认证通过', '上传营业执照', '登记'])
    expect(wrapper.get('[data-testid="audit-fields"]').text()).toBe('修改了：详细地址、所在县（区）')
  })

  it('says so when nothing is recorded', async () => {
    const wrapper = await mountTrail([], 'producer', 'en')

    expect(wrapper.find('[data-testid="audit-trail"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="audit-empty"]').text()).toBe('Nothing recorded yet')
  })
})
