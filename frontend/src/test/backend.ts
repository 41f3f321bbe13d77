import { vi } from 'vitest'
import type { Problem } from '@/shared/api'

/** Answers one request; the URL carries its query. */
type Responder = (init: RequestInit | undefined, url: URL) => Response | Promise<Response>

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}

/**
 * Replaces `fetch`, the unit's boundary to the backend, with a table of "METHOD /path" responders.
 * Unlisted calls answer 404 problem+json, as the real backend would.
 */
export function stubBackend(routes: Record<string, Responder>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const responder = routes[`${init?.method ?? 'GET'} ${url.pathname}`]
    return responder ? responder(init, url) : problemResponse({ status: 404, title: 'Not Found' })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export const anonymous: Record<string, Responder> = {
  'GET /api/auth/me': () => problemResponse({ status: 401, title: 'Unauthorized', detail: 'Not signed in' }),
}

export function signedInAs(roles: string[], displayName = 'Test User'): Record<string, Responder> {
  return {
    'GET /api/auth/me': () => jsonResponse({ username: 'test', displayName, roles, regionScope: null }),
  }
}

export function setCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/`
}

export function clearCookies(): void {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}
