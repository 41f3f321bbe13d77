import type { RouteRecordRaw } from 'vue-router'

const PRODUCER_ROLES = ['PRODUCER', 'ADMIN'] as const

export const producerRoutes: RouteRecordRaw[] = [
  {
    path: '/producer',
    name: 'producer',
    component: () => import('./pages/MyProducersPage.vue'),
    meta: { titleKey: 'producer.mine.title', roles: PRODUCER_ROLES },
  },
  {
    path: '/producer/new',
    name: 'producer-new',
    component: () => import('./pages/ProducerFormPage.vue'),
    meta: { titleKey: 'producer.form.registerTitle', roles: PRODUCER_ROLES },
  },
  {
    path: '/producer/:id/edit',
    name: 'producer-edit',
    component: () => import('./pages/ProducerFormPage.vue'),
    props: true,
    meta: { titleKey: 'producer.form.editTitle', roles: PRODUCER_ROLES },
  },
]
