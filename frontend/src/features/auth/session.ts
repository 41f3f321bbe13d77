import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { authApi, type Credentials, type CurrentUser, type Registration } from './api'

/** Who is signed in. Loaded once from `/api/auth/me`; a 401 or an unreachable server both mean anonymous. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<CurrentUser | null>(null)
  const loaded = ref(false)
  let loading: Promise<void> | null = null

  const isAuthenticated = computed(() => user.value !== null)

  function hasAnyRole(roles: readonly string[]): boolean {
    return user.value?.roles.some((role) => roles.includes(role)) ?? false
  }

  async function refresh(): Promise<void> {
    try {
      user.value = await authApi.me()
    } catch {
      user.value = null
    } finally {
      loaded.value = true
    }
  }

  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    loading ??= refresh().finally(() => (loading = null))
    return loading
  }

  async function login(credentials: Credentials): Promise<CurrentUser> {
    return signedIn(await authApi.login(credentials))
  }

  async function register(registration: Registration): Promise<CurrentUser> {
    return signedIn(await authApi.register(registration))
  }

  async function logout(): Promise<void> {
    await authApi.logout()
    user.value = null
  }

  function signedIn(current: CurrentUser): CurrentUser {
    user.value = current
    loaded.value = true
    return current
  }

  return { user, loaded, isAuthenticated, hasAnyRole, ensureLoaded, refresh, login, register, logout }
})
