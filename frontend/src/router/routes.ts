import type { RouteRecordRaw } from 'vue-router'
import { adminRoutes } from '@/features/admin/routes'
import { authRoutes } from '@/features/auth/routes'
import { campaignRoutes } from '@/features/campaigns/routes'
import { matchmakingRoutes } from '@/features/matchmaking/routes'
import { organizerRoutes } from '@/features/organizer/routes'
import { pavilionRoutes } from '@/features/pavilion/routes'
import { producerRoutes } from '@/features/producer/routes'
import { productRoutes } from '@/features/products/routes'
import { reviewsRoutes } from '@/features/reviews/routes'
import { salesRoutes } from '@/features/sales/routes'

export const routes: RouteRecordRaw[] = [
  ...pavilionRoutes,
  ...authRoutes,
  ...productRoutes,
  ...producerRoutes,
  ...organizerRoutes,
  ...campaignRoutes,
  ...salesRoutes,
  ...matchmakingRoutes,
  ...reviewsRoutes,
  ...adminRoutes,
  {
    path: '/no-access',
    name: 'no-access',
    component: () => import('@/shell/pages/NoAccessPage.vue'),
    meta: { titleKey: 'access.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/shell/pages/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title' },
  },
]
