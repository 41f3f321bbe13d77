import { describe, expect, it } from 'vitest'
import type { ListingTemplate } from './api'
import { emptyRow, templateFormOf, templateProblems, templateRequest } from './templateForm'

const TEA: ListingTemplate = {
  id: 'JD:TEA',
  channel: 'JD',
  category: 'TEA',
  platformCategoryId: '12201',
  properties: [
    { attribute: null, platformPropertyId: 'origin', fixedValue: '安徽' },
    { attribute: 'grade', platformPropertyId: 'grade', fixedValue: null },
  ],
  updatedAt: '2026-12-01T00:00:00Z',
  version: 3,
}
const ATTRIBUTES = ['variety', 'grade']

describe('template form', () => {
  it('round-trips a template into the request with its version', () => {
    expect(templateRequest(templateFormOf(TEA), 3)).toEqual({
      platformCategoryId: '12201',
      properties: TEA.properties,
      version: 3,
    })
  })

  it('starts empty for a category without a template', () => {
    expect(templateFormOf(null)).toEqual({ platformCategoryId: '', rows: [] })
    expect(templateProblems(templateFormOf(null), ATTRIBUTES)).toEqual({ platformCategoryId: 'categoryRequired' })
  })

  it('sends only the chosen source of a row', () => {
    const form = templateFormOf(TEA)
    form.rows[1] = { ...form.rows[1]!, source: 'fixed', fixedValue: ' 特级 ' }
    expect(templateRequest(form, null).properties[1]).toEqual({ platformPropertyId: 'grade', attribute: null, fixedValue: '特级' })
  })

  it('finds what the server would refuse, per row', () => {
    const form = templateFormOf(TEA)
    form.rows.push({ ...emptyRow(), platformPropertyId: 'grade', attribute: 'variety' })
    form.rows.push({ ...emptyRow(), platformPropertyId: 'has space', attribute: 'harvest' })
    form.rows.push({ ...emptyRow(), platformPropertyId: 'net', source: 'fixed', fixedValue: '  ' })
    form.platformCategoryId = 'x'.repeat(41)
    expect(templateProblems(form, ATTRIBUTES)).toEqual({
      platformCategoryId: 'categoryTooLong',
      'rows.2.id': 'duplicatePropertyId',
      'rows.3.id': 'badPropertyId',
      'rows.3.value': 'attributeRequired',
      'rows.4.value': 'fixedRequired',
    })
  })

  it('accepts a valid template', () => {
    expect(templateProblems(templateFormOf(TEA), ATTRIBUTES)).toEqual({})
  })
})
