/** The five sections of the hub, in navigation order; access rules live with each feature's routes. */
export const SECTIONS = [
  { id: 'pavilion', routeName: 'pavilion', labelKey: 'nav.pavilion' },
  { id: 'producer', routeName: 'producer', labelKey: 'nav.producer' },
  { id: 'organizer', routeName: 'organizer', labelKey: 'nav.organizer' },
  { id: 'matchmaking', routeName: 'matchmaking', labelKey: 'nav.matchmaking' },
  { id: 'admin', routeName: 'admin', labelKey: 'nav.admin' },
] as const
