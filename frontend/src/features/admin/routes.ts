import type { RouteRecordRaw } from 'vue-router'

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('./pages/AccountsPage.vue'),
    meta: { titleKey: 'admin.accounts.title', roles: ['ADMIN'] },
  },
  {
    path: '/admin/search',
    name: 'admin-search',
    component: () => import('./pages/SearchAdminPage.vue'),
    meta: { titleKey: 'admin.search.title', roles: ['ADMIN'] },
  },
]
