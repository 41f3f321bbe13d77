import { describe, expect, it } from 'vitest'
import { acceptOf, checkFile, LOGO_FILE, SCAN_FILE } from './fileRule'

const MB = 1024 * 1024

describe('checkFile', () => {
  it('takes scans as PDF, JPEG and PNG up to 5 MB, by type or, without one, by name', () => {
    expect(checkFile(SCAN_FILE, { name: 'a.pdf', type: 'application/pdf', size: 5 * MB })).toBeNull()
    expect(checkFile(SCAN_FILE, { name: 'a.jpg', type: 'image/jpeg', size: 1 })).toBeNull()
    expect(checkFile(SCAN_FILE, { name: 'A.JPEG', type: '', size: 1 })).toBeNull()
    expect(checkFile(SCAN_FILE, { name: 'a.png', type: 'image/png', size: 1 })).toBeNull()
    expect(checkFile(SCAN_FILE, { name: 'a.png', type: 'image/png', size: 5 * MB + 1 })).toEqual({
      key: 'tooLarge',
      params: { max: 5 },
    })
    expect(checkFile(SCAN_FILE, { name: 'a.txt', type: 'text/plain', size: 1 })).toEqual({ key: 'wrongType' })
    expect(checkFile(SCAN_FILE, { name: 'a.png', type: 'image/gif', size: 1 })).toEqual({ key: 'wrongType' })
    expect(checkFile(SCAN_FILE, { name: 'licence', type: '', size: 1 })).toEqual({ key: 'wrongType' })
  })

  it('takes logos as JPEG, PNG and WebP up to 2 MB, but no PDF', () => {
    expect(checkFile(LOGO_FILE, { name: 'logo.webp', type: 'image/webp', size: 2 * MB })).toBeNull()
    expect(checkFile(LOGO_FILE, { name: 'logo.webp', type: '', size: 1 })).toBeNull()
    expect(checkFile(LOGO_FILE, { name: 'logo.pdf', type: 'application/pdf', size: 1 })).toEqual({ key: 'wrongType' })
    expect(checkFile(LOGO_FILE, { name: 'logo.png', type: 'image/png', size: 2 * MB + 1 })).toEqual({
      key: 'tooLarge',
      params: { max: 2 },
    })
  })
})

describe('acceptOf', () => {
  it('offers the MIME types and the extensions to the file dialog', () => {
    expect(acceptOf(LOGO_FILE).split(',')).toEqual(['image/jpeg', 'image/png', 'image/webp', '.jpg', '.jpeg', '.png', '.webp'])
  })
})
