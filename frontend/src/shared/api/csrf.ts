/** Cookie the server sets with the CSRF token; it may change after login or logout, so it is read fresh per request. */
export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
const CSRF_ENDPOINT = '/api/auth/csrf'

interface CsrfTokenResponse {
  headerName: string
  parameterName: string
  token: string
}

export function readCookie(name: string): string | null {
  const prefix = `${name}=`
  for (const part of document.cookie.split(';')) {
    const cookie = part.trim()
    if (cookie.startsWith(prefix)) return decodeURIComponent(cookie.slice(prefix.length))
  }
  return null
}

/** Returns the current token, asking the server to issue one when the cookie is absent. */
export async function csrfToken(): Promise<{ header: string; token: string } | null> {
  const fromCookie = readCookie(CSRF_COOKIE)
  if (fromCookie) return { header: CSRF_HEADER, token: fromCookie }

  const response = await fetch(CSRF_ENDPOINT, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
  if (!response.ok) return null
  const issued = (await response.json().catch(() => null)) as CsrfTokenResponse | null
  const token = readCookie(CSRF_COOKIE) ?? issued?.token
  return token ? { header: issued?.headerName ?? CSRF_HEADER, token } : null
}
