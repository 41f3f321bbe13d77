import { apiRequest } from '@/shared/api'

/** The last or running rebuild of the pavilion index, as the answering app instance knows it. */
export interface RebuildStatus {
  running: boolean
  /** The concrete index the rebuild writes to; null before the first rebuild on this instance. */
  index: string | null
  /** Documents written so far, or in all when finished. */
  indexed: number
  /** ISO-8601 instants. */
  startedAt: string | null
  finishedAt: string | null
  failure: string | null
}

export interface IndexStatus {
  alias: string
  /** Products waiting to be written to the index. */
  backlog: number
  rebuild: RebuildStatus
}

/** What a reconcile found (and repaired) in the index compared with MongoDB. */
export interface ReconcileReport {
  missing: number
  stale: number
  extra: number
  /** The index was gone and has been rebuilt from scratch. */
  rebuilt: boolean
}

/** Words a search treats as the same; a query with one also finds the others. */
export interface SynonymGroup {
  id: string
  terms: string[]
  updatedBy: string
  /** ISO-8601 instant. */
  updatedAt: string
  version: number
}

/** The first products a pavilion search finds, enough to see a synonym take effect. */
export interface SearchPreview {
  total: number
  items: { id: string; nameZh: string; nameEn: string | null }[]
}

export const SEARCH_PROBLEMS = {
  maintenanceBusy: '/problems/index-maintenance-busy',
  staleVersion: '/problems/stale-version',
  notFound: '/problems/not-found',
} as const

const synonym = (id: string) => `/api/admin/synonyms/${encodeURIComponent(id)}`

export const searchAdminApi = {
  status: (signal?: AbortSignal) => apiRequest<IndexStatus>('/api/admin/search/status', { signal }),
  rebuild: () => apiRequest<RebuildStatus>('/api/admin/search/rebuild', { method: 'POST' }),
  reconcile: () => apiRequest<ReconcileReport>('/api/admin/search/reconcile', { method: 'POST' }),
  synonyms: (signal?: AbortSignal) => apiRequest<SynonymGroup[]>('/api/admin/synonyms', { signal }),
  createSynonyms: (terms: string[]) => apiRequest<SynonymGroup>('/api/admin/synonyms', { method: 'POST', body: { terms } }),
  updateSynonyms: (group: Pick<SynonymGroup, 'id' | 'version'>, terms: string[]) =>
    apiRequest<SynonymGroup>(synonym(group.id), { method: 'PUT', query: { version: group.version }, body: { terms } }),
  deleteSynonyms: (id: string) => apiRequest<void>(synonym(id), { method: 'DELETE' }),
  preview: (q: string, signal?: AbortSignal) =>
    apiRequest<SearchPreview>('/api/pavilion/search', { query: { q, size: 5 }, signal }),
}
