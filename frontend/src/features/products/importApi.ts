import { apiRequest, apiUpload } from '@/shared/api'
import type { HubLocale } from '@/shared/i18n'
import type { Category } from './api'

/** Where an import stands: rows are checked first, then written; the last three are final. */
export const IMPORT_STATES = ['CHECKING', 'WRITING', 'DONE', 'REJECTED', 'FAILED'] as const
export type ImportState = (typeof IMPORT_STATES)[number]

const FINISHED: ReadonlySet<ImportState> = new Set(['DONE', 'REJECTED', 'FAILED'])
export const isFinished = (state: ImportState): boolean => FINISHED.has(state)

/** One bad cell, or a bad row when `column` is empty. `row` is the line number in the file (header = 1). */
export interface RowProblem {
  row: number
  column: string
  /** What is wrong, as a stable code (docs/product-import.md); `invalid` or absent (older imports): only the message says. */
  code?: string
  /** The code's details, e.g. `{ allowed: ['SUPER', …] }` for `one-of` or `{ max: 60 }` for `too-long`. */
  args?: Record<string, unknown>
  /** In English, from the server. */
  message: string
}

interface ImportCounts {
  id: string
  producerId: string
  category: Category
  filename: string
  /** Whether one bad row stops the whole file (REJECTED) instead of only that row. */
  allOrNothing: boolean
  state: ImportState
  totalRows: number
  checkedRows: number
  /** Rows written so far; it climbs to the number of valid rows while WRITING. */
  writtenRows: number
  created: number
  updated: number
  /** Set only when FAILED: what went wrong and what to do. */
  failure: string | null
  startedAt: string
  finishedAt: string | null
}

export interface ImportJob extends ImportCounts {
  problems: RowProblem[]
  updatedAt: string
}

/** An import as the recent list shows it: its problems counted, not listed. */
export interface ImportSummary extends ImportCounts {
  problemCount: number
}

export type TemplateFormat = 'csv' | 'xlsx'

const IMPORTS = '/api/products/imports'
const importPath = (id: string) => `${IMPORTS}/${encodeURIComponent(id)}`

export function templateUrl(category: Category, format: TemplateFormat): string {
  return `${IMPORTS}/template?${new URLSearchParams({ category, format })}`
}

/** The problems of an import as CSV (row, column, message), written in the language given. */
export function reportUrl(id: string, locale: HubLocale): string {
  return `${importPath(id)}/report?${new URLSearchParams({ lang: locale === 'en' ? 'en' : 'zh' })}`
}

export const importApi = {
  start: (producerId: string, category: Category, allOrNothing: boolean, file: File) =>
    apiUpload<ImportJob>(IMPORTS, file, { query: { producerId, category, allOrNothing } }),
  job: (id: string, signal?: AbortSignal) => apiRequest<ImportJob>(importPath(id), { signal }),
  recent: (signal?: AbortSignal) => apiRequest<ImportSummary[]>(IMPORTS, { signal }),
}
