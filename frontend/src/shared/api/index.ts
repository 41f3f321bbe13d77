export { apiRequest, apiUpload, type HttpMethod, type RequestOptions } from './http'
export { ProblemError, isProblemError, type Problem, type FieldError } from './problem'
export { useProblemMessage } from './problemMessage'
