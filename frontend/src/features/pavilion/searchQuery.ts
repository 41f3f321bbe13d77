import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { CATEGORIES, CERTIFICATE_TYPES, type Category, type CertificateType } from '@/features/products/api'

export const SORT_ORDERS = ['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'NEWEST', 'BEST_SELLING'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

/** What the consumer asked for; it lives in the URL so back/forward and shared links show the same search. */
export interface SearchState {
  q: string
  categories: Category[]
  prefecture: string | null
  county: string | null
  gi: boolean
  certificate: CertificateType | null
  /** A price facet key, "from-to" in fen with either side possibly empty. */
  price: string | null
  inStock: boolean
  /** A scheduled or live campaign whose products to show. */
  campaign: string | null
  sort: SortOrder
}

/** The query parameters of GET /api/pavilion/search (a type alias, so it fits the client's query record). */
export type SearchParams = {
  q: string
  category: Category[]
  prefecture?: string
  county?: string
  gi?: boolean
  certificate?: CertificateType
  minPriceFen?: number
  maxPriceFen?: number
  inStock?: boolean
  campaign?: string
  sort: SortOrder
  cursor?: string
  size: number
}

export const PAGE_SIZE = 20
const PREFECTURE = /^34\d{2}00$/
const COUNTY = /^34\d{4}$/
const PRICE = /^(\d*)-(\d*)$/
const CAMPAIGN_ID = /^[\w-]{1,64}$/

type QueryValue = LocationQuery[string] | undefined

function all(value: QueryValue): string[] {
  const values = Array.isArray(value) ? value : [value]
  return values.filter((one): one is string => typeof one === 'string')
}

function first(value: QueryValue): string | null {
  return all(value)[0] ?? null
}

function oneOf<T extends string>(choices: readonly T[], value: string | null): T | null {
  return value !== null && (choices as readonly string[]).includes(value) ? (value as T) : null
}

function matching(pattern: RegExp, value: string | null): string | null {
  return value !== null && pattern.test(value) ? value : null
}

/** Reads the search from the URL, dropping values the server would reject so a mangled link still searches. */
export function stateFromQuery(query: LocationQuery): SearchState {
  const prefecture = matching(PREFECTURE, first(query.prefecture))
  const county = matching(COUNTY, first(query.county))
  return {
    q: (first(query.q) ?? '').trim(),
    categories: all(query.category).filter((one): one is Category => oneOf(CATEGORIES, one) !== null),
    prefecture,
    county: prefecture && county?.startsWith(prefecture.slice(0, 4)) ? county : null,
    gi: first(query.gi) === 'true',
    certificate: oneOf(CERTIFICATE_TYPES, first(query.certificate)),
    price: matching(PRICE, first(query.price)),
    inStock: first(query.inStock) === 'true',
    campaign: matching(CAMPAIGN_ID, first(query.campaign)),
    sort: oneOf(SORT_ORDERS, first(query.sort)) ?? 'RELEVANCE',
  }
}

/** Writes the search to the URL, leaving defaults out so links stay short. */
export function queryFromState(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.categories.length) query.category = [...state.categories]
  if (state.prefecture) query.prefecture = state.prefecture
  if (state.prefecture && state.county) query.county = state.county
  if (state.gi) query.gi = 'true'
  if (state.certificate) query.certificate = state.certificate
  if (state.price) query.price = state.price
  if (state.inStock) query.inStock = 'true'
  if (state.campaign) query.campaign = state.campaign
  if (state.sort !== 'RELEVANCE') query.sort = state.sort
  return query
}

/** A price key as a fen range; the facet's upper bound is exclusive, the filter's inclusive. */
export function priceBounds(key: string | null): { minPriceFen?: number; maxPriceFen?: number } {
  const match = key ? PRICE.exec(key) : null
  if (!match) return {}
  const [, from, to] = match
  return {
    minPriceFen: from ? Number(from) : undefined,
    maxPriceFen: to ? Number(to) - 1 : undefined,
  }
}

export function paramsFromState(state: SearchState, cursor?: string, size = PAGE_SIZE): SearchParams {
  return {
    q: state.q,
    category: state.categories,
    prefecture: state.prefecture ?? undefined,
    county: (state.prefecture && state.county) || undefined,
    gi: state.gi || undefined,
    certificate: state.certificate ?? undefined,
    ...priceBounds(state.price),
    inStock: state.inStock || undefined,
    campaign: state.campaign ?? undefined,
    sort: state.sort,
    cursor,
    size,
  }
}

/** The same search in another form (a changed filter) starts again from the first page. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(queryFromState(a)) === JSON.stringify(queryFromState(b))
}
