import type { RouteRecordRaw } from 'vue-router'

export const reviewsRoutes: RouteRecordRaw[] = [
  {
    path: '/reviews',
    name: 'reviews',
    component: () => import('./pages/ReviewsPage.vue'),
    meta: { titleKey: 'reviews.title', roles: ['REVIEWER', 'ADMIN'] },
  },
]
