import type { RouteRecordRaw } from 'vue-router'

/** Sales pages: the organizer's campaign dashboard and the producer's own sales (named to keep their sections lit). */
export const salesRoutes: RouteRecordRaw[] = [
  {
    path: '/organizer/campaigns/:id/sales',
    name: 'organizer-campaign-sales',
    component: () => import('./pages/CampaignSalesPage.vue'),
    props: true,
    meta: { titleKey: 'sales.campaignTitle', roles: ['ORGANIZER', 'ADMIN'] },
  },
  {
    path: '/producer/sales',
    name: 'producer-sales',
    component: () => import('./pages/ProducerSalesPage.vue'),
    meta: { titleKey: 'sales.producerTitle', roles: ['PRODUCER', 'ADMIN'] },
  },
]
