import { describe, expect, it } from 'vitest'
import { fenToYuan, yuanToFen } from './money'

describe('yuan and fen', () => {
  it('turns yuan as typed into integer fen', () => {
    expect(yuanToFen('128.00')).toBe(12800)
    expect(yuanToFen('128')).toBe(12800)
    expect(yuanToFen('0.5')).toBe(50)
    expect(yuanToFen(' 19.99 ')).toBe(1999)
    expect(yuanToFen('0.07')).toBe(7)
  })

  it('does not drift for amounts floats cannot hold', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30)
    expect(yuanToFen(1.15)).toBe(115)
    expect(yuanToFen('1.15')).toBe(115)
    expect(yuanToFen(19.99)).toBe(1999)
  })

  it('refuses what is not an amount', () => {
    expect(yuanToFen('')).toBeNull()
    expect(yuanToFen('-1')).toBeNull()
    expect(yuanToFen('1.234')).toBeNull()
    expect(yuanToFen('abc')).toBeNull()
    expect(yuanToFen(-3)).toBeNull()
  })

  it('shows fen as yuan with two decimals', () => {
    expect(fenToYuan(12800)).toBe('128.00')
    expect(fenToYuan(7)).toBe('0.07')
    expect(fenToYuan(1999)).toBe('19.99')
    expect(fenToYuan(0)).toBe('0.00')
  })
})
