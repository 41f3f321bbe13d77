import type { Role } from '@/features/auth/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title shown in the browser tab. */
    titleKey?: string
    /** Any one of these roles opens the route; absent means public. */
    roles?: readonly Role[]
  }
}

export {}
