import { apiRequest } from '@/shared/api'
import type { SelfRegistrableRole } from './roles'

/** The signed-in user as `/api/auth/me`, login and register return it. */
export interface CurrentUser {
  username: string
  displayName: string
  roles: string[]
  regionScope: string | null
}

export interface Credentials {
  username: string
  password: string
}

export interface Registration extends Credentials {
  displayName: string
  role: SelfRegistrableRole
}

export const authApi = {
  me: () => apiRequest<CurrentUser>('/api/auth/me'),
  login: (credentials: Credentials) =>
    apiRequest<CurrentUser>('/api/auth/login', { method: 'POST', body: credentials }),
  logout: () => apiRequest<void>('/api/auth/logout', { method: 'POST' }),
  register: (registration: Registration) =>
    apiRequest<CurrentUser>('/api/auth/register', { method: 'POST', body: registration }),
}
