import type { RowProblem } from './importApi'

/** The parts of vue-i18n the problem list needs; `te` tells whether the active locale has a message. */
export interface Translator {
  t: (key: string, named: Record<string, unknown>) => string
  te: (key: string) => boolean
}

/** A problem said in the user's language, or the server's English message when its code has no text here. */
export interface ProblemText {
  text: string
  translated: boolean
}

/** The args each code's message needs (the server sends them; a stored problem may lack them). */
const ARGS: Record<string, readonly string[]> = {
  'too-long': ['max'],
  size: ['min', 'max'],
  'one-of': ['allowed'],
  between: ['min', 'max'],
  min: ['value'],
  max: ['value'],
}

const text = (value: unknown): string => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '')

/** An allowed value of a choice column, with its label where the web app has one: 特级（SUPER）. */
function allowedValue(column: string, value: unknown, { t, te }: Translator): string {
  const key = `products.attributes.choices.${column}.${text(value)}`
  return te(key) ? t('importProblems.choice', { label: t(key, {}), code: text(value) }) : text(value)
}

function messageKey(problem: RowProblem, te: Translator['te']): string | null {
  const patternKey = `importProblems.patterns.${problem.column}`
  if (problem.code === 'pattern' && problem.column && te(patternKey)) {
    return patternKey
  }
  const key = `importProblems.codes.${problem.code ?? ''}`
  return problem.code && te(key) ? key : null
}

/** Translates a row problem by its code and args; an unknown code, or a problem stored before codes, keeps its message. */
export function problemText(problem: RowProblem, translator: Translator): ProblemText {
  const key = messageKey(problem, translator.te)
  const args = problem.args ?? {}
  if (!key) {
    return { text: problem.message, translated: false }
  }
  const named: Record<string, string> = {}
  for (const [name, value] of Object.entries(args)) {
    named[name] = Array.isArray(value)
      ? value.map((item) => allowedValue(problem.column, item, translator)).join(translator.t('common.listSeparator', {}))
      : text(value)
  }
  // A message needing an arg the server did not send would show a gap: the server's message is better.
  if ((ARGS[problem.code ?? ''] ?? []).some((name) => !(name in named))) {
    return { text: problem.message, translated: false }
  }
  return { text: translator.t(key, named), translated: true }
}

/** The label of a template column in the user's language (商品名称（中文）, 等级), or null when the web app has none. */
export function columnLabel(column: string, { t, te }: Translator): string | null {
  for (const key of [`importProblems.columns.${column}`, `products.attributes.labels.${column}`]) {
    if (column && te(key)) {
      return t(key, {})
    }
  }
  return null
}
