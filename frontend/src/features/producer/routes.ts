import type { RouteRecordRaw } from 'vue-router'

export const producerRoutes: RouteRecordRaw[] = [
  {
    path: '/producer',
    name: 'producer',
    component: () => import('./pages/ProducerHomePage.vue'),
    meta: { titleKey: 'sections.producer.title', roles: ['PRODUCER', 'ADMIN'] },
  },
]
