import type { RouteRecordRaw } from 'vue-router'

const PRODUCER_ROLES = ['PRODUCER', 'ADMIN'] as const

export const productRoutes: RouteRecordRaw[] = [
  {
    path: '/producer/products',
    name: 'producer-products',
    component: () => import('./pages/MyProductsPage.vue'),
    meta: { titleKey: 'products.mine.title', roles: PRODUCER_ROLES },
  },
  {
    path: '/producer/products/new',
    name: 'product-new',
    component: () => import('./pages/ProductEditorPage.vue'),
    meta: { titleKey: 'products.editor.newTitle', roles: PRODUCER_ROLES },
  },
  {
    path: '/producer/products/import',
    name: 'product-import',
    component: () => import('./pages/ProductImportPage.vue'),
    meta: { titleKey: 'products.import.title', roles: PRODUCER_ROLES },
  },
  {
    path: '/producer/products/:id/edit',
    name: 'product-edit',
    component: () => import('./pages/ProductEditorPage.vue'),
    props: true,
    meta: { titleKey: 'products.editor.editTitle', roles: PRODUCER_ROLES },
  },
  {
    path: '/trace/:code',
    name: 'trace',
    component: () => import('./pages/TracePage.vue'),
    props: true,
    meta: { titleKey: 'products.trace.title' },
  },
]
