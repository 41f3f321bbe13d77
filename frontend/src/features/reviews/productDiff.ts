import type { ProductContent } from '@/features/products/api'
import { fenToYuan } from '@/features/products/money'

/** One field that a proposed change alters, with both values as text (null where the field is absent). */
export interface FieldChange {
  field: string
  before: string | null
  after: string | null
}

/** The content as `path → text`, one entry per field a reviewer compares. */
export function flatten(content: ProductContent): Map<string, string> {
  const fields = new Map<string, string>()
  const put = (field: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && String(value) !== '') fields.set(field, String(value))
  }
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
  content.provenance.certificates.forEach((c, i) =>
    put(`provenance.certificates[${i}]`, `${c.type} ${c.number} · ${c.issuer} · ${c.validFrom} – ${c.validTo ?? ''}`),
  )
  content.provenance.batches.forEach((b, i) =>
    put(`provenance.batches[${i}]`, [b.traceCode, b.what, b.where, b.when, b.who, b.quantity].filter(Boolean).join(' · ')),
  )
  return fields
}

/** The fields whose value differs between the current content and the proposed change, in the content's order. */
export function changedFields(current: ProductContent, proposed: ProductContent): FieldChange[] {
  const before = flatten(current)
  const after = flatten(proposed)
  const fields = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => rank(a) - rank(b))
  return fields
    .filter((field) => before.get(field) !== after.get(field))
    .map((field) => ({ field, before: before.get(field) ?? null, after: after.get(field) ?? null }))
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

/** Where a field stands in the content; Array.prototype.sort is stable, so fields of one group keep their order. */
function rank(field: string): number {
  const index = ORDER.findIndex((prefix) => field === prefix || (/[.[]$/.test(prefix) && field.startsWith(prefix)))
  return index === -1 ? ORDER.length : index
}
