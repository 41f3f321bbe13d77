import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { mountWithHub } from '@/test/mountWithHub'
import { gradeProblems } from '../importTestFixtures'
import ImportProblemsTable from './ImportProblemsTable.vue'

const shownRows = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="import-problem-row"]').map((row) => Number(row.text()))

describe('ImportProblemsTable', () => {
  enableAutoUnmount(afterEach)

  it('shows 20 problems a page with the total and the report link', async () => {
    const { wrapper } = await mountWithHub(ImportProblemsTable, {
      props: { problems: gradeProblems(45), reportUrl: '/api/products/imports/job-1/report' },
    })

    expect(wrapper.get('[data-testid="import-problems-total"]').text()).toBe('共 45 个问题')
    expect(shownRows(wrapper)).toEqual(Array.from({ length: 20 }, (_, index) => index + 2))
    expect(wrapper.get('[data-testid="import-report"]').attributes()).toMatchObject({
      href: '/api/products/imports/job-1/report',
      download: '',
    })

    await wrapper.findAll('[data-testid="import-problems-pages"] .number').at(2)!.trigger('click')
    await flushPromises()
    expect(shownRows(wrapper)).toEqual([42, 43, 44, 45, 46])
  })

  it('says coded problems in the user language with the column label, and uncoded ones as the server wrote them', async () => {
    const problems = [
      ...gradeProblems(1),
      { row: 3, column: 'stock', code: 'not-negative', args: {}, message: 'must be greater than or equal to 0' },
      { row: 4, column: 'spec', message: 'stored before codes' },
    ]
    const { wrapper } = await mountWithHub(ImportProblemsTable, { props: { problems, reportUrl: '/r' } })

    const messages = () => wrapper.findAll('[data-testid="import-problem-message"]')
    expect(messages().map((message) => message.text())).toEqual([
      '须为以下之一：特级（SUPER）、一级（FIRST）、二级（SECOND）、三级（THIRD）',
      '不能小于 0',
      'stored before codes',
    ])
    expect(messages().map((message) => message.attributes('lang'))).toEqual(['zh-CN', 'zh-CN', 'en'])
    expect(wrapper.findAll('[data-testid="import-problem-column-label"]').map((label) => label.text())).toEqual(['等级', '库存', '规格'])
    expect(wrapper.get('[data-testid="import-problems-table"] tbody').text()).toContain('grade')
  })

  it('names a whole-row problem as such and shows no pages for a short list', async () => {
    const { wrapper } = await mountWithHub(ImportProblemsTable, {
      locale: 'en',
      props: { problems: [{ row: 7, column: '', message: 'duplicate SKU code in this file' }], reportUrl: '/r' },
    })

    expect(wrapper.get('[data-testid="import-problems-table"] tbody').text()).toContain('Whole row')
    expect(wrapper.get('[data-testid="import-problems-total"]').text()).toBe('Total: 1')
    expect(wrapper.find('[data-testid="import-problems-pages"]').exists()).toBe(false)
  })
})
