export const ROLES = ['ADMIN', 'REVIEWER', 'ORGANIZER', 'PRODUCER', 'BUYER', 'CONSUMER'] as const
export type Role = (typeof ROLES)[number]

/** Roles a visitor may pick when registering; the others are granted by an administrator. */
export const SELF_REGISTRABLE_ROLES = ['CONSUMER', 'BUYER', 'PRODUCER'] as const satisfies readonly Role[]
export type SelfRegistrableRole = (typeof SELF_REGISTRABLE_ROLES)[number]

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
