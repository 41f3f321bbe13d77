import { csrfToken } from './csrf'
import { networkProblem, problemFrom, ProblemError } from './problem'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type QueryValue = string | number | boolean

export interface RequestOptions {
  method?: HttpMethod
  /** Sent as JSON; a `FormData` is sent as multipart/form-data instead, with the boundary the browser picks. */
  body?: unknown
  /** Undefined values are left out; an array becomes one parameter per element (`category=TEA&category=SILK`). */
  query?: Record<string, QueryValue | readonly QueryValue[] | undefined>
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
  const body = options.body instanceof FormData ? options.body : toJson(options.body)
  // Never set for multipart: the browser adds the Content-Type itself, with the boundary it chose.
  if (typeof body === 'string') headers['Content-Type'] = 'application/json'

  let response: Response
  try {
    if (UNSAFE.has(method)) {
      const csrf = await csrfToken()
      if (csrf) headers[csrf.header] = csrf.token
    }
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
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

/** Uploads one file as the multipart part `part` (default `file`), with the CSRF header like any unsafe request. */
export function apiUpload<T>(
  path: string,
  file: Blob,
  options: Omit<RequestOptions, 'body' | 'method'> & { method?: Exclude<HttpMethod, 'GET'>; part?: string } = {},
): Promise<T> {
  const { part = 'file', method = 'POST', ...rest } = options
  const form = new FormData()
  form.append(part, file)
  return apiRequest<T>(path, { ...rest, method, body: form })
}

function toJson(body: unknown): string | undefined {
  return body === undefined ? undefined : JSON.stringify(body)
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
