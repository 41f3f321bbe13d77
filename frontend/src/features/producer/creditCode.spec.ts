import { describe, expect, it } from 'vitest'
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  isCreditCodeShaped,
  isValidCreditCode,
  normaliseCreditCode,
} from './creditCode'

describe('unified social credit code', () => {
  it('accepts codes whose check character is right', () => {
    expect(isValidCreditCode('91340000704920454F')).toBe(true)
    expect(isValidCreditCode('9144030071526726XG')).toBe(true)
  })

  it('computes the check character of the first 17', () => {
    expect(creditCodeCheckCharacter('91340000704920454')).toBe('F')
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G')
    // A weighted sum divisible by 31 gives 0, not the 32nd character the alphabet does not have.
    expect(creditCodeCheckCharacter('91340000000000027')).toBe('0')
    expect(isValidCreditCode('913400000000000270')).toBe(true)
  })

  it('refuses every other last character', () => {
    for (const valid of ['91340000704920454F', '9144030071526726XG']) {
      const others = [...CREDIT_CODE_ALPHABET].filter((char) => char !== valid.charAt(17))
      expect(others).toHaveLength(30)
      for (const other of others) expect(isValidCreditCode(valid.slice(0, 17) + other)).toBe(false)
    }
  })

  it('refuses a changed body character', () => {
    expect(isValidCreditCode('91340000704920455F')).toBe(false)
    expect(isValidCreditCode('81340000704920454F')).toBe(false)
  })

  it('refuses the wrong length and characters outside the alphabet', () => {
    expect(isValidCreditCode('91340000704920454')).toBe(false)
    expect(isValidCreditCode('91340000704920454FF')).toBe(false)
    expect(isValidCreditCode('91340000704920454f')).toBe(false)
    expect(isCreditCodeShaped('9134000070492045IO')).toBe(false)
    expect(isCreditCodeShaped('91340000704920454Z')).toBe(false)
    expect(isCreditCodeShaped('91340000704920454F')).toBe(true)
    expect(() => creditCodeCheckCharacter('9134000070492045I')).toThrow(RangeError)
    expect(() => creditCodeCheckCharacter('913400007049204')).toThrow(RangeError)
  })

  it('validates random codes built with the computed check character', () => {
    for (let n = 0; n < 50; n++) {
      const first17 = Array.from({ length: 17 }, () => CREDIT_CODE_ALPHABET.charAt(Math.floor(Math.random() * 31))).join('')
      expect(isValidCreditCode(first17 + creditCodeCheckCharacter(first17))).toBe(true)
    }
  })

  it('writes typed input in capitals without spaces', () => {
    expect(normaliseCreditCode(' 9144 0300 7152 6726xg ')).toBe('9144030071526726XG')
  })
})
