import { describe, expect, it } from 'vitest'
import { checkNewTerm, checkTerms, splitTerms } from './synonymValidation'

describe('synonym validation', () => {
  it('accepts a new word of up to 40 characters that the group does not have yet', () => {
    expect(checkNewTerm('黄山毛峰', ['毛峰'])).toBeNull()
    expect(checkNewTerm('x'.repeat(40), [])).toBeNull()
  })

  it('refuses an empty or blank word', () => {
    expect(checkNewTerm('   ', [])).toEqual({ key: 'termEmpty' })
  })

  it('refuses a word longer than 40 characters after trimming', () => {
    expect(checkNewTerm(` ${'茶'.repeat(41)} `, [])).toEqual({ key: 'termTooLong', params: { max: 40 } })
    expect(checkNewTerm(` ${'茶'.repeat(40)} `, [])).toBeNull()
  })

  it('refuses a word the group has already, ignoring case and surrounding blanks', () => {
    expect(checkNewTerm(' keemun ', ['祁红', 'Keemun'])).toEqual({ key: 'termDuplicate', params: { term: 'keemun' } })
  })

  it('refuses an eleventh word', () => {
    const ten = Array.from({ length: 10 }, (_, index) => `w${index}`)
    expect(checkNewTerm('w10', ten)).toEqual({ key: 'tooMany', params: { max: 10 } })
  })

  it('saves groups of two to ten distinct words only', () => {
    expect(checkTerms(['祁红'])).toEqual({ key: 'tooFew', params: { min: 2 } })
    expect(checkTerms(['祁红', '祁门红茶'])).toBeNull()
    expect(checkTerms(Array.from({ length: 11 }, (_, index) => `w${index}`))).toEqual({ key: 'tooMany', params: { max: 10 } })
    expect(checkTerms(['Houkui', '猴魁', 'HOUKUI'])).toEqual({ key: 'termDuplicate', params: { term: 'HOUKUI' } })
  })

  it('splits pasted words at commas, 、, semicolons and line breaks', () => {
    expect(splitTerms('zq1 , 黄山毛峰，毛峰、Maofeng;\n ')).toEqual(['zq1', '黄山毛峰', '毛峰', 'Maofeng'])
  })
})
