import type { ListingTemplate, PropertyMapping, TemplateRequest } from './api'

/** One platform property as the admin edits it: filled from one of our attributes, or a fixed value. */
export interface PropertyRow {
  platformPropertyId: string
  source: 'attribute' | 'fixed'
  attribute: string
  fixedValue: string
}

export interface TemplateForm {
  platformCategoryId: string
  rows: PropertyRow[]
}

/** Where a problem belongs: the category id, or a row's property id or value. */
export type TemplateProblems = Partial<Record<'platformCategoryId' | `rows.${number}.id` | `rows.${number}.value`, string>>

const PROPERTY_ID = /^[A-Za-z0-9_-]{1,40}$/

export function templateFormOf(template: ListingTemplate | null): TemplateForm {
  return {
    platformCategoryId: template?.platformCategoryId ?? '',
    rows: (template?.properties ?? []).map((property) => ({
      platformPropertyId: property.platformPropertyId,
      source: property.attribute === null ? 'fixed' : 'attribute',
      attribute: property.attribute ?? '',
      fixedValue: property.fixedValue ?? '',
    })),
  }
}

export function emptyRow(): PropertyRow {
  return { platformPropertyId: '', source: 'attribute', attribute: '', fixedValue: '' }
}

/** What the server would refuse, as i18n keys under `channels.templates.problems`, checked before sending. */
export function templateProblems(form: TemplateForm, attributes: readonly string[]): TemplateProblems {
  const problems: TemplateProblems = {}
  const categoryId = form.platformCategoryId.trim()
  if (!categoryId) problems.platformCategoryId = 'categoryRequired'
  else if (categoryId.length > 40) problems.platformCategoryId = 'categoryTooLong'
  const seen = new Set<string>()
  form.rows.forEach((row, index) => {
    const id = row.platformPropertyId.trim()
    if (!PROPERTY_ID.test(id)) problems[`rows.${index}.id`] = 'badPropertyId'
    else if (seen.has(id)) problems[`rows.${index}.id`] = 'duplicatePropertyId'
    seen.add(id)
    if (row.source === 'attribute' && !attributes.includes(row.attribute)) problems[`rows.${index}.value`] = 'attributeRequired'
    if (row.source === 'fixed' && !row.fixedValue.trim()) problems[`rows.${index}.value`] = 'fixedRequired'
    else if (row.source === 'fixed' && row.fixedValue.trim().length > 100) problems[`rows.${index}.value`] = 'fixedTooLong'
  })
  return problems
}

/** The request body: each row sends only its own source, so nothing hidden in the form reaches the platform. */
export function templateRequest(form: TemplateForm, version: number | null): TemplateRequest {
  const properties: PropertyMapping[] = form.rows.map((row) => ({
    platformPropertyId: row.platformPropertyId.trim(),
    attribute: row.source === 'attribute' ? row.attribute : null,
    fixedValue: row.source === 'fixed' ? row.fixedValue.trim() : null,
  }))
  return { platformCategoryId: form.platformCategoryId.trim(), properties, version }
}
