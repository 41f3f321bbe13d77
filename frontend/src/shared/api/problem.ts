/** One rejected field of a request, as reported in an RFC 9457 problem's `errors`. */
export interface FieldError {
  field: string
  message: string
}

/** The RFC 9457 `application/problem+json` body every backend error carries. */
export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  instance?: string
  correlationId?: string
  errors?: FieldError[]
}

/**
 * A failed API call. `fromServer` is false when no problem document was received
 * (network failure, or a response that was not problem+json); the UI then shows its own wording.
 */
export class ProblemError extends Error {
  readonly problem: Problem
  readonly fromServer: boolean
  readonly retryAfterSeconds: number | null

  constructor(problem: Problem, options: { fromServer: boolean; retryAfterSeconds?: number | null }) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ProblemError'
    this.problem = problem
    this.fromServer = options.fromServer
    this.retryAfterSeconds = options.retryAfterSeconds ?? null
  }

  get status(): number {
    return this.problem.status
  }

  /** Field errors keyed by field name; the first message wins when a field has several. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {}
    for (const { field, message } of this.problem.errors ?? []) {
      byField[field] ??= message
    }
    return byField
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError
}

const PROBLEM_JSON = /^application\/(problem\+)?json/i

export async function problemFrom(response: Response): Promise<ProblemError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'))
  const body = PROBLEM_JSON.test(response.headers.get('Content-Type') ?? '')
    ? await response.json().catch(() => null)
    : null
  if (isProblemShaped(body)) {
    return new ProblemError(
      { ...body, status: typeof body.status === 'number' ? body.status : response.status },
      { fromServer: true, retryAfterSeconds },
    )
  }
  return new ProblemError({ status: response.status, title: response.statusText || undefined }, {
    fromServer: false,
    retryAfterSeconds,
  })
}

export function networkProblem(cause: unknown): ProblemError {
  const error = new ProblemError({ status: 0 }, { fromServer: false })
  error.cause = cause
  return error
}

function isProblemShaped(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && ('title' in body || 'detail' in body || 'status' in body)
}

function parseRetryAfter(header: string | null): number | null {
  if (header === null) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}
