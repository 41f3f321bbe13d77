import type { NewAccount } from './api'

/** The server's rules for a new account (NewAccount on the backend), checked before anything is sent. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,32}$/
export const USERNAME_MAX_LENGTH = 32
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 128
export const DISPLAY_NAME_MAX_LENGTH = 60

export type AccountField = keyof NewAccount

/** What is wrong with a field, as an i18n key under `admin.accountForm.validation` and its parameters. */
export interface Complaint {
  key: string
  params?: Record<string, number>
}

/** Only a reviewer works within a region, so only a reviewer needs one. */
export function needsRegionScope(roles: readonly string[]): boolean {
  return roles.includes('REVIEWER')
}

export function checkUsername(username: string): Complaint | null {
  const value = username.trim()
  if (!value) return { key: 'usernameRequired' }
  return USERNAME_PATTERN.test(value) ? null : { key: 'usernamePattern' }
}

export function checkDisplayName(displayName: string): Complaint | null {
  const value = displayName.trim()
  if (!value) return { key: 'displayNameRequired' }
  return value.length <= DISPLAY_NAME_MAX_LENGTH
    ? null
    : { key: 'displayNameTooLong', params: { max: DISPLAY_NAME_MAX_LENGTH } }
}

/** Counted in UTF-16 units as the server's `@Size` counts them; all blanks is refused, as `@NotBlank` does. */
export function checkPassword(password: string): Complaint | null {
  if (!password.trim()) return { key: 'passwordRequired' }
  return password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH
    ? null
    : { key: 'passwordLength', params: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } }
}

export function checkRoles(roles: readonly string[]): Complaint | null {
  return roles.length > 0 ? null : { key: 'rolesRequired' }
}

export function checkRegionScope(regionScope: string | null, roles: readonly string[]): Complaint | null {
  return !needsRegionScope(roles) || regionScope ? null : { key: 'regionScopeRequired' }
}

/** Every complaint about the account, by field; empty when the server should accept it. */
export function checkNewAccount(account: NewAccount): Partial<Record<AccountField, Complaint>> {
  const complaints: Partial<Record<AccountField, Complaint | null>> = {
    username: checkUsername(account.username),
    displayName: checkDisplayName(account.displayName),
    password: checkPassword(account.password),
    roles: checkRoles(account.roles),
    regionScope: checkRegionScope(account.regionScope, account.roles),
  }
  return Object.fromEntries(Object.entries(complaints).filter(([, complaint]) => complaint !== null))
}
