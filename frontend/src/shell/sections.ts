import type { Role } from '@/features/auth/roles'

export interface Section {
  id: string
  routeName: string
  labelKey: string
  /** Shown in the navigation only to these roles; absent means shown to everyone. Access rules live with the routes. */
  shownTo?: readonly Role[]
}

/** The sections of the hub, in navigation order; access rules live with each feature's routes. */
export const SECTIONS: readonly Section[] = [
  { id: 'pavilion', routeName: 'pavilion', labelKey: 'nav.pavilion' },
  { id: 'producer', routeName: 'producer', labelKey: 'nav.producer' },
  { id: 'organizer', routeName: 'organizer', labelKey: 'nav.organizer' },
  { id: 'matchmaking', routeName: 'matchmaking', labelKey: 'nav.matchmaking' },
  { id: 'reviews', routeName: 'reviews', labelKey: 'nav.reviews', shownTo: ['REVIEWER', 'ADMIN'] },
  { id: 'admin', routeName: 'admin', labelKey: 'nav.admin' },
]
