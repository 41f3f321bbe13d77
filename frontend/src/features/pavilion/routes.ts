import type { RouteRecordRaw } from 'vue-router'

export const pavilionRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'pavilion',
    component: () => import('./pages/PavilionHomePage.vue'),
    meta: { titleKey: 'pavilion.title' },
  },
  {
    path: '/pavilion/search',
    name: 'pavilion-search',
    component: () => import('./pages/PavilionSearchPage.vue'),
    meta: { titleKey: 'pavilion.search.title' },
  },
  {
    path: '/pavilion/prefectures/:code',
    name: 'pavilion-prefecture',
    component: () => import('./pages/PavilionPrefecturePage.vue'),
    props: true,
    meta: { titleKey: 'pavilion.title' },
  },
  {
    path: '/pavilion/products/:id',
    name: 'pavilion-product',
    component: () => import('./pages/PavilionProductPage.vue'),
    props: true,
    meta: { titleKey: 'pavilion.detail.title' },
  },
  {
    path: '/pavilion/campaigns/:id',
    name: 'pavilion-campaign',
    component: () => import('./pages/PavilionCampaignPage.vue'),
    props: true,
    meta: { titleKey: 'pavilionCampaigns.landing.title' },
  },
  {
    path: '/pavilion/producers/:id',
    name: 'pavilion-producer',
    component: () => import('./pages/PavilionProducerPage.vue'),
    props: true,
    meta: { titleKey: 'pavilion.producer.title' },
  },
]
