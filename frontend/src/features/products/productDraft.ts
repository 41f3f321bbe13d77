import { CATEGORIES, type Category, type CertificateType, type ProductContent } from './api'
import { ATTRIBUTE_SETS, type AttributeSpec } from './attributes'
import { isValidGtin } from './gtin'
import { fenToYuan, yuanToFen } from './money'

export const LIMITS = { nameZh: 60, nameEn: 120, spec: 60 } as const
export const SKU_CODE = /^[A-Za-z0-9_.-]{1,40}$/
export const TRACE_CODE = /^[A-Za-z0-9-]{6,40}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A SKU as edited: the price in yuan as typed, the numbers as the inputs hold them. */
export interface SkuDraft {
  code: string
  spec: string
  priceYuan: string
  stock: number | null
  barcode: string
  weightGrams: number | null
}

export interface CertificateDraft {
  type: CertificateType | ''
  number: string
  issuer: string
  validFrom: string
  validTo: string
  scanFileId: string | null
}

export interface BatchDraft {
  traceCode: string
  what: string
  where: string
  when: string
  who: string
  quantity: string
}

export interface ProductDraft {
  category: Category | ''
  nameZh: string
  nameEn: string
  descriptionZh: string
  descriptionEn: string
  attributes: Record<string, string | number | null>
  skus: SkuDraft[]
  giName: string
  giRegistrationNumber: string
  certificates: CertificateDraft[]
  batches: BatchDraft[]
}

/** What is wrong with a field, as an i18n key under `products.editor.validation` with its parameters. */
export interface Complaint {
  key: string
  params?: Record<string, string | number>
}

export const emptySku = (): SkuDraft => ({ code: '', spec: '', priceYuan: '', stock: 0, barcode: '', weightGrams: null })
export const emptyCertificate = (): CertificateDraft => ({
  type: '',
  number: '',
  issuer: '',
  validFrom: '',
  validTo: '',
  scanFileId: null,
})
export const emptyBatch = (): BatchDraft => ({ traceCode: '', what: '', where: '', when: '', who: '', quantity: '' })

export function emptyDraft(): ProductDraft {
  return {
    category: '',
    nameZh: '',
    nameEn: '',
    descriptionZh: '',
    descriptionEn: '',
    attributes: {},
    skus: [emptySku()],
    giName: '',
    giRegistrationNumber: '',
    certificates: [],
    batches: [],
  }
}

export function draftOf(content: ProductContent): ProductDraft {
  const gi = content.provenance.geographicalIndication
  return {
    category: CATEGORIES.includes(content.category) ? content.category : '',
    nameZh: content.nameZh,
    nameEn: content.nameEn ?? '',
    descriptionZh: content.descriptionZh,
    descriptionEn: content.descriptionEn ?? '',
    attributes: { ...content.attributes },
    skus: content.skus.map((sku) => ({
      code: sku.code,
      spec: sku.spec,
      priceYuan: fenToYuan(sku.priceFen),
      stock: sku.stock,
      barcode: sku.barcode ?? '',
      weightGrams: sku.weightGrams,
    })),
    giName: gi?.name ?? '',
    giRegistrationNumber: gi?.registrationNumber ?? '',
    certificates: content.provenance.certificates.map((c) => ({ ...c, validTo: c.validTo ?? '' })),
    batches: content.provenance.batches.map((b) => ({ ...b, quantity: b.quantity ?? '' })),
  }
}

const orNull = (text: string | null | undefined): string | null => (!text || text.trim() === '' ? null : text.trim())
const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** Only the attributes of the chosen category, without the blank optional ones (the server refuses unknown ones). */
export function attributesOf(category: Category, attributes: ProductDraft['attributes']): Record<string, string | number> {
  const kept: Record<string, string | number> = {}
  for (const spec of ATTRIBUTE_SETS[category]) {
    const value = attributes[spec.name]
    if (blank(value)) continue
    kept[spec.name] = spec.type === 'int' || spec.type === 'number' ? Number(value) : String(value).trim()
  }
  return kept
}

/** The content to send; call after {@link checkDraft} found nothing. */
export function contentOf(draft: ProductDraft): ProductContent {
  const category = draft.category as Category
  const gi = orNull(draft.giName) ?? orNull(draft.giRegistrationNumber)
  return {
    category,
    nameZh: draft.nameZh.trim(),
    nameEn: orNull(draft.nameEn),
    descriptionZh: draft.descriptionZh.trim(),
    descriptionEn: orNull(draft.descriptionEn),
    attributes: attributesOf(category, draft.attributes),
    skus: draft.skus.map((sku) => ({
      code: sku.code.trim(),
      spec: sku.spec.trim(),
      priceFen: yuanToFen(sku.priceYuan) ?? 0,
      stock: sku.stock ?? 0,
      barcode: orNull(sku.barcode),
      weightGrams: sku.weightGrams ?? null,
    })),
    provenance: {
      geographicalIndication: gi ? { name: draft.giName.trim(), registrationNumber: draft.giRegistrationNumber.trim() } : null,
      certificates: draft.certificates.map((c) => ({
        type: c.type as CertificateType,
        number: c.number.trim(),
        issuer: c.issuer.trim(),
        validFrom: c.validFrom,
        validTo: orNull(c.validTo),
        scanFileId: c.scanFileId,
      })),
      batches: draft.batches.map((b) => ({
        traceCode: b.traceCode.trim(),
        what: b.what.trim(),
        where: b.where,
        when: b.when,
        who: b.who.trim(),
        quantity: orNull(b.quantity),
      })),
    },
  }
}

export function checkAttribute(spec: AttributeSpec, value: unknown): Complaint | null {
  if (blank(value)) return spec.required ? { key: 'required' } : null
  if (spec.type === 'text' && spec.maxLength && String(value).trim().length > spec.maxLength)
    return { key: 'tooLong', params: { max: spec.maxLength } }
  if (spec.type === 'int' || spec.type === 'number') {
    const n = Number(value)
    if (!Number.isFinite(n) || (spec.type === 'int' && !Number.isInteger(n))) return { key: 'number' }
    if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max))
      return spec.max === undefined ? { key: 'atLeast', params: { min: spec.min! } } : { key: 'range', params: { min: spec.min!, max: spec.max } }
  }
  if (spec.type === 'choice' && !spec.choices.includes(String(value))) return { key: 'required' }
  return null
}

/** Complaints keyed by the server's field names (without its `content.` prefix), so its answers land in the same places. */
export function checkDraft(draft: ProductDraft): Record<string, Complaint> {
  const found: Record<string, Complaint> = {}
  const complain = (field: string, complaint: Complaint | null) => {
    if (complaint) found[field] = complaint
  }
  const needed = (value: string): Complaint | null => (value.trim() ? null : { key: 'required' })
  const max = (value: string, limit: number): Complaint | null =>
    value.trim().length > limit ? { key: 'tooLong', params: { max: limit } } : null

  complain('category', draft.category ? null : { key: 'required' })
  complain('nameZh', needed(draft.nameZh) ?? max(draft.nameZh, LIMITS.nameZh))
  complain('nameEn', max(draft.nameEn, LIMITS.nameEn))
  complain('descriptionZh', needed(draft.descriptionZh))
  if (draft.category) {
    for (const spec of ATTRIBUTE_SETS[draft.category]) complain(`attributes.${spec.name}`, checkAttribute(spec, draft.attributes[spec.name]))
  }
  if (draft.skus.length === 0) complain('skus', { key: 'skusRequired' })
  draft.skus.forEach((sku, i) => {
    const at = `skus[${i}]`
    complain(`${at}.code`, SKU_CODE.test(sku.code.trim()) ? null : { key: 'skuCode' })
    complain(`${at}.spec`, needed(sku.spec) ?? max(sku.spec, LIMITS.spec))
    complain(`${at}.priceFen`, yuanToFen(sku.priceYuan) === null ? { key: 'price' } : null)
    complain(`${at}.stock`, sku.stock === null || sku.stock < 0 || !Number.isInteger(sku.stock) ? { key: 'stock' } : null)
    complain(`${at}.barcode`, sku.barcode.trim() && !isValidGtin(sku.barcode.trim()) ? { key: 'barcode' } : null)
    complain(`${at}.weightGrams`, sku.weightGrams !== null && sku.weightGrams <= 0 ? { key: 'atLeast', params: { min: 1 } } : null)
  })
  const codes = draft.skus.map((sku) => sku.code.trim())
  codes.forEach((code, i) => {
    if (code && codes.indexOf(code) !== i) found[`skus[${i}].code`] ??= { key: 'skuCodeRepeated' }
  })
  const giGiven = draft.giName.trim() || draft.giRegistrationNumber.trim()
  if (giGiven) {
    complain('provenance.geographicalIndication.name', needed(draft.giName))
    complain('provenance.geographicalIndication.registrationNumber', needed(draft.giRegistrationNumber))
  }
  draft.certificates.forEach((c, i) => {
    const at = `provenance.certificates[${i}]`
    complain(`${at}.type`, c.type ? null : { key: 'required' })
    complain(`${at}.number`, needed(c.number))
    complain(`${at}.issuer`, needed(c.issuer))
    complain(`${at}.validFrom`, DATE.test(c.validFrom) ? null : { key: 'required' })
    complain(`${at}.validTo`, c.validTo && DATE.test(c.validFrom) && c.validTo < c.validFrom ? { key: 'validTo' } : null)
  })
  draft.batches.forEach((b, i) => {
    const at = `provenance.batches[${i}]`
    complain(`${at}.traceCode`, TRACE_CODE.test(b.traceCode.trim()) ? null : { key: 'traceCode' })
    complain(`${at}.what`, needed(b.what))
    complain(`${at}.where`, b.where ? null : { key: 'required' })
    complain(`${at}.when`, DATE.test(b.when) ? null : { key: 'required' })
    complain(`${at}.who`, needed(b.who))
  })
  return found
}

/** The server's name for a field (`content.skus[0].priceFen`, `attributes.grade`) as the form keys it. */
export function fieldKey(serverField: string): string {
  return serverField.replace(/^content\./, '')
}
