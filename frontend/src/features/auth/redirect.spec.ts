import { describe, expect, it } from 'vitest'
import { safeRedirect } from './redirect'

describe('safeRedirect', () => {
  it('follows a same-site path', () => {
    expect(safeRedirect('/admin?tab=users')).toBe('/admin?tab=users')
  })

  it('falls back to home for missing, absolute or protocol-relative targets', () => {
    expect(safeRedirect(undefined)).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('//evil.example')).toBe('/')
    expect(safeRedirect('/\\evil.example')).toBe('/')
  })
})
