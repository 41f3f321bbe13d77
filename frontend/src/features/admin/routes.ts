import type { RouteRecordRaw } from 'vue-router'

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('./pages/AdminHomePage.vue'),
    meta: { titleKey: 'sections.admin.title', roles: ['ADMIN'] },
  },
]
