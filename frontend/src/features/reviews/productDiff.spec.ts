import { describe, expect, it } from 'vitest'
import { content } from '@/features/products/testFixtures'
import { changedFields } from './productDiff'

describe('changedFields', () => {
  it('lists nothing when the change is the same content', () => {
    expect(changedFields(content(), content())).toEqual([])
  })

  it('lists only the fields that differ, with both values', () => {
    const current = content()
    const proposed = content({
      nameEn: 'Keemun Black Tea',
      attributes: { ...current.attributes, grade: 'FIRST' },
      skus: [{ ...current.skus[0]!, priceFen: 13800 }],
    })

    expect(changedFields(current, proposed)).toEqual([
      { field: 'nameEn', before: 'Keemun Black Tea, Special Grade', after: 'Keemun Black Tea' },
      { field: 'attributes.grade', before: 'SUPER', after: 'FIRST' },
      {
        field: 'skus[0]',
        before: 'QM-250 · 250 克罐装 · ¥128.00 · ×50 · 6901234567892 · 300 g',
        after: 'QM-250 · 250 克罐装 · ¥138.00 · ×50 · 6901234567892 · 300 g',
      },
    ])
  })

  it('reports added and removed fields and rows', () => {
    const current = content()
    const proposed = content({
      descriptionEn: 'Fragrant and mellow.',
      attributes: { ...current.attributes, originCounty: '341024' },
      provenance: { ...current.provenance, geographicalIndication: null, certificates: [] },
    })

    expect(changedFields(current, proposed).map(({ field, before, after }) => [field, before === null, after === null])).toEqual([
      ['descriptionEn', true, false],
      ['attributes.originCounty', true, false],
      ['provenance.geographicalIndication', false, true],
      ['provenance.certificates[0]', false, true],
    ])
  })

  it('reports a certificate scan attached by the change as a field of its own', () => {
    const current = content()
    const [certificate] = current.provenance.certificates
    const proposed = content({
      provenance: { ...current.provenance, certificates: [{ ...certificate!, scanFileId: 'scan-1' }] },
    })

    expect(changedFields(current, proposed)).toEqual([{ field: 'provenance.certificates[0].scan', before: null, after: 'scan-1' }])
  })
})
