import type { RouteRecordRaw } from 'vue-router'

const ORGANIZER_ROLES = ['ORGANIZER', 'ADMIN'] as const
/** The contract lets the reviewer of a producer's region decide its enrolments too. */
const DECIDING_ROLES = ['ORGANIZER', 'ADMIN', 'REVIEWER'] as const

/** Organizer and producer campaign pages; organizer pages are named `organizer-…` so the organizer section stays lit. */
export const campaignRoutes: RouteRecordRaw[] = [
  {
    path: '/organizer/campaigns',
    name: 'organizer-campaigns',
    component: () => import('./pages/CampaignListPage.vue'),
    meta: { titleKey: 'campaigns.list.title', roles: ORGANIZER_ROLES },
  },
  {
    path: '/organizer/campaigns/new',
    name: 'organizer-campaign-new',
    component: () => import('./pages/CampaignWizardPage.vue'),
    meta: { titleKey: 'campaigns.wizard.newTitle', roles: ORGANIZER_ROLES },
  },
  {
    path: '/organizer/campaigns/:id',
    name: 'organizer-campaign',
    component: () => import('./pages/CampaignDetailPage.vue'),
    props: true,
    meta: { titleKey: 'campaigns.title', roles: ORGANIZER_ROLES },
  },
  {
    path: '/organizer/campaigns/:id/edit',
    name: 'organizer-campaign-edit',
    component: () => import('./pages/CampaignWizardPage.vue'),
    props: true,
    meta: { titleKey: 'campaigns.wizard.editTitle', roles: ORGANIZER_ROLES },
  },
  {
    path: '/organizer/enrolments',
    name: 'organizer-enrolments',
    component: () => import('./pages/EnrolmentReviewPage.vue'),
    meta: { titleKey: 'campaigns.review.title', roles: DECIDING_ROLES },
  },
  {
    path: '/organizer/calendar',
    name: 'organizer-calendar',
    component: () => import('./pages/CampaignCalendarPage.vue'),
    meta: { titleKey: 'campaigns.calendar.title', roles: ORGANIZER_ROLES },
  },
  {
    path: '/producer/campaigns',
    name: 'producer-campaigns',
    component: () => import('./pages/ProducerCampaignsPage.vue'),
    meta: { titleKey: 'campaigns.producer.title', roles: ['PRODUCER', 'ADMIN'] },
  },
]
