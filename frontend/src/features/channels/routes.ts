import type { RouteRecordRaw } from 'vue-router'

export const channelRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/channels',
    name: 'admin-channels',
    component: () => import('./pages/ChannelsPage.vue'),
    meta: { titleKey: 'channels.shops.title', roles: ['ADMIN'] },
  },
  {
    path: '/admin/sync',
    name: 'admin-sync',
    component: () => import('./pages/SyncPage.vue'),
    meta: { titleKey: 'channels.sync.title', roles: ['ADMIN'] },
  },
]
