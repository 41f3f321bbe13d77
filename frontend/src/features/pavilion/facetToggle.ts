import type { Category, CertificateType } from '@/features/products/api'
import type { SearchState } from './searchQuery'

export type FacetName = 'category' | 'prefecture' | 'county' | 'gi' | 'certificate' | 'price' | 'inStock'

/**
 * The search after a click on one facet value: categories combine, the other facets hold one value, and a click on
 * the chosen value clears it. A new prefecture forgets the county chosen in the old one.
 */
export function toggleFacet(state: SearchState, facet: FacetName, key: string): SearchState {
  const same = (current: string | null) => (current === key ? null : key)
  switch (facet) {
    case 'category': {
      const category = key as Category
      const categories = state.categories.includes(category)
        ? state.categories.filter((one) => one !== category)
        : [...state.categories, category]
      return { ...state, categories }
    }
    case 'prefecture':
      return { ...state, prefecture: same(state.prefecture), county: null }
    case 'county':
      return { ...state, county: same(state.county) }
    case 'gi':
      return { ...state, gi: !state.gi }
    case 'certificate':
      return { ...state, certificate: same(state.certificate) as CertificateType | null }
    case 'price':
      return { ...state, price: same(state.price) }
    case 'inStock':
      return { ...state, inStock: !state.inStock }
  }
}

/** The same text and sort without any filter. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, categories: [], prefecture: null, county: null, gi: false, certificate: null, price: null, inStock: false, campaign: null }
}

export function hasFilters(state: SearchState): boolean {
  return JSON.stringify(withoutFilters(state)) !== JSON.stringify(state)
}
