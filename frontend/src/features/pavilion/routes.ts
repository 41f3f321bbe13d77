import type { RouteRecordRaw } from 'vue-router'

export const pavilionRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'pavilion',
    component: () => import('./pages/PavilionHomePage.vue'),
    meta: { titleKey: 'pavilion.title' },
  },
]
