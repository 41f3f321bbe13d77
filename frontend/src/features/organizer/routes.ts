import type { RouteRecordRaw } from 'vue-router'

export const organizerRoutes: RouteRecordRaw[] = [
  {
    path: '/organizer',
    name: 'organizer',
    component: () => import('./pages/OrganizerHomePage.vue'),
    meta: { titleKey: 'sections.organizer.title', roles: ['ORGANIZER', 'ADMIN'] },
  },
]
