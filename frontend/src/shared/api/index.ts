export { apiRequest, apiUpload, type HttpMethod, type QueryValue, type RequestOptions } from './http'
export { ProblemError, isProblemError, type Problem, type FieldError } from './problem'
export { useProblemMessage } from './problemMessage'
