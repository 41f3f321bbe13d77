import { csrfToken } from './csrf'
import { networkProblem, problemFrom, ProblemError } from './problem'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestOptions {
  method?: HttpMethod
  body?: unknown
  query?: Record<string, string | number | boolean | undefined>
  signal?: AbortSignal
}

const UNSAFE: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Calls the backend and returns its JSON body, `undefined` for 204.
 * Every failure becomes a {@link ProblemError}; unsafe methods carry the CSRF header.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'

  let response: Response
  try {
    if (UNSAFE.has(method)) {
      const csrf = await csrfToken()
      if (csrf) headers[csrf.header] = csrf.token
    }
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw networkProblem(cause)
  }

  if (!response.ok) throw await problemFrom(response)
  if (response.status === 204) return undefined as T
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) {
    throw new ProblemError({ status: response.status }, { fromServer: false })
  }
  return (await response.json()) as T
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
