import type { Router } from 'vue-router'
import type { Role } from '@/features/auth/roles'
import { useSessionStore } from '@/features/auth/session'

export type Access = 'allow' | 'login' | 'deny'

export function decideAccess(required: readonly Role[] | undefined, user: { roles: readonly string[] } | null): Access {
  if (!required?.length) return 'allow'
  if (user === null) return 'login'
  return user.roles.some((role) => (required as readonly string[]).includes(role)) ? 'allow' : 'deny'
}

/** Sends anonymous visitors of a protected route to login and signed-in users without the role to a notice. */
export function installAccessGuard(router: Router): void {
  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.ensureLoaded()
    switch (decideAccess(to.meta.roles, session.user)) {
      case 'allow':
        return true
      case 'login':
        return { name: 'login', query: { redirect: to.fullPath } }
      case 'deny':
        return { name: 'no-access', query: { from: to.fullPath } }
    }
  })
}
