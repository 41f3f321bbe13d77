import type { RouteRecordRaw } from 'vue-router'

export const matchmakingRoutes: RouteRecordRaw[] = [
  {
    path: '/matchmaking',
    name: 'matchmaking',
    component: () => import('./pages/MatchmakingHomePage.vue'),
    meta: { titleKey: 'sections.matchmaking.title', roles: ['BUYER', 'PRODUCER', 'ORGANIZER', 'ADMIN'] },
  },
]
