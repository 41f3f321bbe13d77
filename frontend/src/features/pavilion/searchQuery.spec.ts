import { describe, expect, it } from 'vitest'
import { paramsFromState, queryFromState, stateFromQuery, type SearchState } from './searchQuery'
import { hasFilters, toggleFacet, withoutFilters } from './facetToggle'

const everything: SearchState = {
  q: '毛峰',
  categories: ['TEA', 'FOOD'],
  prefecture: '341000',
  county: '341004',
  gi: true,
  certificate: 'GREEN_FOOD',
  price: '5000-20000',
  inStock: true,
  campaign: 'c-spring-tea',
  sort: 'PRICE_ASC',
}

describe('search state in the URL', () => {
  it('writes every filter to the query and reads the same search back', () => {
    const query = queryFromState(everything)

    expect(query).toEqual({
      q: '毛峰',
      category: ['TEA', 'FOOD'],
      prefecture: '341000',
      county: '341004',
      gi: 'true',
      certificate: 'GREEN_FOOD',
      price: '5000-20000',
      inStock: 'true',
      campaign: 'c-spring-tea',
      sort: 'PRICE_ASC',
    })
    expect(stateFromQuery(query as Record<string, string | string[]>)).toEqual(everything)
  })

  it('leaves defaults out of the URL', () => {
    expect(queryFromState(stateFromQuery({}))).toEqual({})
    expect(stateFromQuery({}).sort).toBe('RELEVANCE')
  })

  it('reads a single category as a list and drops values the server would reject', () => {
    const state = stateFromQuery({
      category: 'TEA',
      prefecture: '110000',
      certificate: 'BOGUS',
      sort: 'CHEAPEST',
      price: 'cheap',
      gi: 'yes',
      campaign: '../admin',
    })

    expect(state).toMatchObject({
      categories: ['TEA'], prefecture: null, certificate: null, sort: 'RELEVANCE', price: null, gi: false, campaign: null,
    })
  })

  it('ignores a county outside the chosen prefecture', () => {
    expect(stateFromQuery({ prefecture: '341500', county: '341004' }).county).toBeNull()
    expect(stateFromQuery({ county: '341004' }).county).toBeNull()
  })
})

describe('search parameters for the server', () => {
  it('turns a price facet key into an inclusive fen range matching the facet’s exclusive upper bound', () => {
    expect(paramsFromState({ ...everything, price: '5000-20000' })).toMatchObject({ minPriceFen: 5000, maxPriceFen: 19999 })
    expect(paramsFromState({ ...everything, price: '100000-' })).toMatchObject({ minPriceFen: 100000, maxPriceFen: undefined })
  })

  it('sends the campaign whose products to find', () => {
    expect(paramsFromState(stateFromQuery({ q: '茶', campaign: 'c-spring-tea' })).campaign).toBe('c-spring-tea')
  })

  it('sends only the filters in use, and the cursor of the next page', () => {
    const params = paramsFromState(stateFromQuery({ q: 'maofeng' }), 'cursor-2')

    expect(params).toEqual({
      q: 'maofeng', category: [], prefecture: undefined, county: undefined, gi: undefined, certificate: undefined,
      inStock: undefined, sort: 'RELEVANCE', cursor: 'cursor-2', size: 20,
    })
  })
})

describe('toggling a facet', () => {
  const plain = stateFromQuery({ q: '茶' })

  it('combines categories and removes one clicked again', () => {
    const both = toggleFacet(toggleFacet(plain, 'category', 'TEA'), 'category', 'FOOD')
    expect(both.categories).toEqual(['TEA', 'FOOD'])
    expect(toggleFacet(both, 'category', 'TEA').categories).toEqual(['FOOD'])
  })

  it('holds one prefecture and forgets the county of the previous one', () => {
    const inHuangshan = { ...toggleFacet(plain, 'prefecture', '341000'), county: '341004' }

    expect(toggleFacet(inHuangshan, 'prefecture', '341500')).toMatchObject({ prefecture: '341500', county: null })
    expect(toggleFacet(inHuangshan, 'prefecture', '341000')).toMatchObject({ prefecture: null, county: null })
  })

  it('clears the campaign with the other filters', () => {
    const inCampaign = stateFromQuery({ q: '茶', campaign: 'c-spring-tea' })

    expect(hasFilters(inCampaign)).toBe(true)
    expect(withoutFilters(inCampaign)).toEqual(plain)
  })

  it('switches geographical indication and in-stock on and off', () => {
    expect(toggleFacet(plain, 'gi', 'true').gi).toBe(true)
    expect(toggleFacet(toggleFacet(plain, 'inStock', 'true'), 'inStock', 'true').inStock).toBe(false)
  })
})
