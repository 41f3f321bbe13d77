import { useI18n } from 'vue-i18n'
import { isProblemError } from './problem'

/** Turns any caught error into a sentence for the user: the server's own words when it sent a problem. */
export function useProblemMessage(): (error: unknown) => string {
  const { t } = useI18n()
  return (error) => {
    if (isProblemError(error)) {
      if (error.fromServer) return error.problem.detail ?? error.problem.title ?? t('errors.unexpected')
      if (error.status === 0) return t('errors.network')
    }
    return t('errors.unexpected')
  }
}
