import { createRouter, createWebHistory, type RouterHistory } from 'vue-router'
import './meta'
import { installAccessGuard } from './accessGuard'
import { routes } from './routes'

export function createHubRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  installAccessGuard(router)
  return router
}
