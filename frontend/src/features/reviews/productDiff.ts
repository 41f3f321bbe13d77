import type { ProductContent } from '@/features/products/api'
import { fenToYuan } from '@/features/products/money'
import { fieldChanges, fieldTexts, type FieldChange } from './fieldDiff'

export type { FieldChange } from './fieldDiff'

/** The content as `path → text`, one entry per field a reviewer compares. */
export function flatten(content: ProductContent): Map<string, string> {
  const { fields, put } = fieldTexts()
  put('category', content.category)
  put('nameZh', content.nameZh)
  put('nameEn', content.nameEn)
  put('descriptionZh', content.descriptionZh)
  put('descriptionEn', content.descriptionEn)
  for (const [name, value] of Object.entries(content.attributes)) put(`attributes.${name}`, value)
  content.skus.forEach((sku, i) =>
    put(
      `skus[${i}]`,
      [sku.code, sku.spec, `¥${fenToYuan(sku.priceFen)}`, `×${sku.stock}`, sku.barcode, sku.weightGrams === null ? null : `${sku.weightGrams} g`]
        .filter((part) => part !== null)
        .join(' · '),
    ),
  )
  const gi = content.provenance.geographicalIndication
  if (gi) put('provenance.geographicalIndication', `${gi.name} (${gi.registrationNumber})`)
  content.provenance.certificates.forEach((c, i) => {
    put(`provenance.certificates[${i}]`, `${c.type} ${c.number} · ${c.issuer} · ${c.validFrom} – ${c.validTo ?? ''}`)
    put(`provenance.certificates[${i}].scan`, c.scanFileId)
  })
  content.provenance.batches.forEach((b, i) =>
    put(`provenance.batches[${i}]`, [b.traceCode, b.what, b.where, b.when, b.who, b.quantity].filter(Boolean).join(' · ')),
  )
  return fields
}

const ORDER = [
  'category',
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'attributes.',
  'skus[',
  'provenance.geographicalIndication',
  'provenance.certificates[',
  'provenance.batches[',
]

/** The fields whose value differs between the current content and the proposed change, in the content's order. */
export function changedFields(current: ProductContent, proposed: ProductContent): FieldChange[] {
  return fieldChanges(flatten(current), flatten(proposed), ORDER)
}
