import { apiRequest } from '@/shared/api'
import type { Role } from '@/features/auth/roles'

/** An account as the administration API lists it. */
export interface Account {
  id: string
  username: string
  displayName: string
  roles: Role[]
  /** GB/T 2260 code a REVIEWER is limited to: 340000 (Anhui), a prefecture or a county; null for other accounts. */
  regionScope: string | null
  /** ISO-8601 instant. */
  createdAt: string
}

/** One page of accounts, newest first. `page` counts from 0. */
export interface AccountPage {
  total: number
  page: number
  size: number
  items: Account[]
}

/** What an administrator fills in to open an account. */
export interface NewAccount {
  username: string
  password: string
  displayName: string
  roles: Role[]
  regionScope: string | null
}

export interface AccountQuery {
  page: number
  size: number
  /** Username prefix; empty lists every account. */
  q: string
}

/** Problem types the create endpoint answers with besides field validation. */
export const ACCOUNT_PROBLEMS = {
  usernameTaken: '/problems/username-taken',
  regionScopeRequired: '/problems/region-scope-required',
  unknownRegion: '/problems/unknown-region',
} as const

export const adminApi = {
  accounts: ({ page, size, q }: AccountQuery, signal?: AbortSignal) =>
    apiRequest<AccountPage>('/api/admin/accounts', { query: { page, size, q: q || undefined }, signal }),
  createAccount: (account: NewAccount) => apiRequest<Account>('/api/admin/accounts', { method: 'POST', body: account }),
}
