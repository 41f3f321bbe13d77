import { describe, expect, it } from 'vitest'
import type { NewAccount } from './api'
import { checkNewAccount, checkPassword, checkUsername } from './accountValidation'

const valid: NewAccount = {
  username: 'reviewer.hs',
  password: 'correct-horse-1',
  displayName: '黄山审核员',
  roles: ['REVIEWER'],
  regionScope: '341000',
}

describe('checkNewAccount', () => {
  it('accepts what the server accepts', () => {
    expect(checkNewAccount(valid)).toEqual({})
    expect(checkNewAccount({ ...valid, roles: ['BUYER'], regionScope: null })).toEqual({})
  })

  it('holds usernames to 3–32 letters, digits, underscores, dots and hyphens', () => {
    expect(checkUsername('abc')).toBeNull()
    expect(checkUsername('A_b.c-9'.padEnd(32, 'x'))).toBeNull()
    expect(checkUsername('ab')).toEqual({ key: 'usernamePattern' })
    expect(checkUsername('x'.repeat(33))).toEqual({ key: 'usernamePattern' })
    expect(checkUsername('黄山')).toEqual({ key: 'usernamePattern' })
    expect(checkUsername('a b c')).toEqual({ key: 'usernamePattern' })
    expect(checkUsername('   ')).toEqual({ key: 'usernameRequired' })
  })

  it('holds passwords to 10–128 characters that are not all blank', () => {
    expect(checkPassword('p'.repeat(10))).toBeNull()
    expect(checkPassword('p'.repeat(128))).toBeNull()
    expect(checkPassword('p'.repeat(9))).toEqual({ key: 'passwordLength', params: { min: 10, max: 128 } })
    expect(checkPassword('p'.repeat(129))).toEqual({ key: 'passwordLength', params: { min: 10, max: 128 } })
    expect(checkPassword(' '.repeat(12))).toEqual({ key: 'passwordRequired' })
  })

  it('wants a display name of at most 60 characters and at least one role', () => {
    expect(checkNewAccount({ ...valid, displayName: 'x'.repeat(60) })).toEqual({})
    expect(checkNewAccount({ ...valid, displayName: 'x'.repeat(61), roles: [] })).toEqual({
      displayName: { key: 'displayNameTooLong', params: { max: 60 } },
      roles: { key: 'rolesRequired' },
    })
    expect(checkNewAccount({ ...valid, displayName: '  ' })).toEqual({ displayName: { key: 'displayNameRequired' } })
  })

  it('wants a region for a reviewer only', () => {
    expect(checkNewAccount({ ...valid, regionScope: null })).toEqual({ regionScope: { key: 'regionScopeRequired' } })
    expect(checkNewAccount({ ...valid, roles: ['ADMIN', 'PRODUCER'], regionScope: null })).toEqual({})
  })
})
