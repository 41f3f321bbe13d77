import { describe, expect, it } from 'vitest'
import { isValidGtin } from './gtin'

describe('isValidGtin', () => {
  it('accepts codes with the right check digit', () => {
    expect(isValidGtin('6901234567892')).toBe(true)
    expect(isValidGtin('96385074')).toBe(true)
    expect(isValidGtin('036000291452')).toBe(true)
    expect(isValidGtin('10012345678902')).toBe(true)
  })

  it('refuses a wrong check digit', () => {
    expect(isValidGtin('6901234567893')).toBe(false)
    expect(isValidGtin('96385075')).toBe(false)
  })

  it('refuses other lengths and non-digits', () => {
    expect(isValidGtin('690123456789')).toBe(false)
    expect(isValidGtin('123456789')).toBe(false)
    expect(isValidGtin('690123456789X')).toBe(false)
    expect(isValidGtin('')).toBe(false)
  })
})
