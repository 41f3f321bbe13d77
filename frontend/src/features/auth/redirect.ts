import type { LocationQueryValue } from 'vue-router'

/** Only same-site paths are followed after login, so `?redirect=` cannot send the user elsewhere. */
export function safeRedirect(raw: LocationQueryValue | LocationQueryValue[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/'
  }
  return value
}
