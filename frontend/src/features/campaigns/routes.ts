import type { RouteRecordRaw } from 'vue-router'

/** Organizer and producer campaign pages. */
export const campaignRoutes: RouteRecordRaw[] = []
