import { beforeEach, describe, expect, it } from 'vitest'
import { clearCookies, jsonResponse, noContent, problemResponse, setCookie, stubBackend } from '@/test/backend'
import { apiRequest, apiUpload } from './http'
import { ProblemError } from './problem'

function headersOf(init: RequestInit | undefined): Headers {
  return new Headers(init?.headers)
}

describe('apiRequest', () => {
  beforeEach(clearCookies)

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN header on POST', async () => {
    setCookie('XSRF-TOKEN', 'token-from-cookie')
    const fetchMock = stubBackend({ 'POST /api/things': () => jsonResponse({ ok: true }, 201) })

    await apiRequest('/api/things', { method: 'POST', body: { name: 'tea' } })

    const [, init] = fetchMock.mock.calls[0]!
    expect(headersOf(init).get('X-XSRF-TOKEN')).toBe('token-from-cookie')
    expect(headersOf(init).get('Content-Type')).toBe('application/json')
    expect(init?.credentials).toBe('same-origin')
    expect(init?.body).toBe(JSON.stringify({ name: 'tea' }))
  })

  it('reads the cookie afresh for every unsafe request, since login rotates the token', async () => {
    const fetchMock = stubBackend({ 'DELETE /api/things/1': () => noContent() })

    setCookie('XSRF-TOKEN', 'before-login')
    await apiRequest('/api/things/1', { method: 'DELETE' })
    setCookie('XSRF-TOKEN', 'after-login')
    await apiRequest('/api/things/1', { method: 'DELETE' })

    expect(fetchMock.mock.calls.map(([, init]) => headersOf(init).get('X-XSRF-TOKEN'))).toEqual([
      'before-login',
      'after-login',
    ])
  })

  it('asks /api/auth/csrf for a token when the cookie is absent', async () => {
    const fetchMock = stubBackend({
      'GET /api/auth/csrf': () => {
        setCookie('XSRF-TOKEN', 'issued-token')
        return jsonResponse({ headerName: 'X-XSRF-TOKEN', parameterName: '_csrf', token: 'issued-token' })
      },
      'POST /api/auth/logout': () => noContent(),
    })

    const result = await apiRequest('/api/auth/logout', { method: 'POST' })

    expect(result).toBeUndefined()
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['/api/auth/csrf', '/api/auth/logout'])
    expect(headersOf(fetchMock.mock.calls[1]![1]).get('X-XSRF-TOKEN')).toBe('issued-token')
  })

  it('sends no CSRF header on GET and encodes the query', async () => {
    setCookie('XSRF-TOKEN', 'unused')
    const fetchMock = stubBackend({ 'GET /api/pavilion/search': () => jsonResponse({ total: 0, items: [] }) })

    await apiRequest('/api/pavilion/search', {
      query: { q: '黄山 毛峰', category: ['TEA', 'SILK'], gi: true, size: 20, skipped: undefined },
    })

    const [url, init] = fetchMock.mock.calls[0]!
    expect(String(url)).toBe('/api/pavilion/search?q=%E9%BB%84%E5%B1%B1+%E6%AF%9B%E5%B3%B0&category=TEA&category=SILK&gi=true&size=20')
    expect(headersOf(init).has('X-XSRF-TOKEN')).toBe(false)
  })

  it('uploads a file as a multipart part with the CSRF header, leaving the Content-Type to the browser', async () => {
    setCookie('XSRF-TOKEN', 'upload-token')
    const fetchMock = stubBackend({ 'PUT /api/things/1/scan': () => jsonResponse({ id: '1' }) })
    const scan = new File([new Uint8Array([1, 2, 3])], 'scan.png', { type: 'image/png' })

    const result = await apiUpload('/api/things/1/scan', scan, { method: 'PUT' })

    expect(result).toEqual({ id: '1' })
    const [, init] = fetchMock.mock.calls[0]!
    expect(init?.method).toBe('PUT')
    expect(headersOf(init).get('X-XSRF-TOKEN')).toBe('upload-token')
    expect(headersOf(init).has('Content-Type')).toBe(false)
    expect(init?.body).toBeInstanceOf(FormData)
    const part = (init?.body as FormData).get('file')
    expect(part).toBeInstanceOf(File)
    expect((part as File).name).toBe('scan.png')
    expect((part as File).size).toBe(3)
  })

  it('turns a problem+json response into a ProblemError with its field errors', async () => {
    setCookie('XSRF-TOKEN', 't')
    stubBackend({
      'POST /api/auth/register': () =>
        problemResponse({
          type: 'https://wanhuo.example/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'Request has invalid fields',
          instance: '/api/auth/register',
          correlationId: 'c-123',
          errors: [
            { field: 'username', message: 'must not be blank' },
            { field: 'password', message: 'size must be at least 8' },
          ],
        }),
    })

    const error = await apiRequest('/api/auth/register', { method: 'POST', body: {} }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ProblemError)
    const problem = error as ProblemError
    expect(problem.status).toBe(400)
    expect(problem.fromServer).toBe(true)
    expect(problem.message).toBe('Request has invalid fields')
    expect(problem.problem.correlationId).toBe('c-123')
    expect(problem.fieldErrors).toEqual({ username: 'must not be blank', password: 'size must be at least 8' })
  })

  it('keeps the Retry-After seconds of a throttled request', async () => {
    setCookie('XSRF-TOKEN', 't')
    stubBackend({
      'POST /api/auth/login': () =>
        problemResponse({ status: 429, title: 'Too Many Requests', detail: 'Slow down' }, { 'Retry-After': '30' }),
    })

    const error = (await apiRequest('/api/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ProblemError

    expect(error.status).toBe(429)
    expect(error.retryAfterSeconds).toBe(30)
  })

  it('reports a response without a problem document as not from the server', async () => {
    stubBackend({ 'GET /api/regions': () => new Response('Bad Gateway', { status: 502 }) })

    const error = (await apiRequest('/api/regions').catch((e: unknown) => e)) as ProblemError

    expect(error).toBeInstanceOf(ProblemError)
    expect(error.status).toBe(502)
    expect(error.fromServer).toBe(false)
  })

  it('reports an unreachable server as status 0', async () => {
    stubBackend({
      'GET /api/regions': () => {
        throw new TypeError('Failed to fetch')
      },
    })

    const error = (await apiRequest('/api/regions').catch((e: unknown) => e)) as ProblemError

    expect(error).toBeInstanceOf(ProblemError)
    expect(error.status).toBe(0)
  })
})
