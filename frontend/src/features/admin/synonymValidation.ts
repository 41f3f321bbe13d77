/** The server's rules for a synonym group (SearchAdminController.SynonymTerms and Synonyms), checked before sending. */
export const MIN_TERMS = 2
export const MAX_TERMS = 10
export const TERM_MAX_LENGTH = 40

/** What is wrong, as an i18n key under `admin.search.synonymForm.validation` and its parameters. */
export interface TermComplaint {
  key: string
  params?: Record<string, string | number>
}

/** Words compare as the server compares them: trimmed, ignoring case. */
function sameWord(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

/**
 * Whether `term` may join `terms`; checked as each word is typed. Lengths count UTF-16 units, as the server's
 * `@Size` does.
 */
export function checkNewTerm(term: string, terms: readonly string[]): TermComplaint | null {
  const word = term.trim()
  if (!word) return { key: 'termEmpty' }
  if (word.length > TERM_MAX_LENGTH) return { key: 'termTooLong', params: { max: TERM_MAX_LENGTH } }
  if (terms.some((other) => sameWord(other, word))) return { key: 'termDuplicate', params: { term: word } }
  if (terms.length >= MAX_TERMS) return { key: 'tooMany', params: { max: MAX_TERMS } }
  return null
}

/** Whether the whole group may be saved. */
export function checkTerms(terms: readonly string[]): TermComplaint | null {
  if (terms.length < MIN_TERMS) return { key: 'tooFew', params: { min: MIN_TERMS } }
  if (terms.length > MAX_TERMS) return { key: 'tooMany', params: { max: MAX_TERMS } }
  for (const [index, term] of terms.entries()) {
    const complaint = checkNewTerm(term, terms.slice(0, index))
    if (complaint) return complaint
  }
  return null
}

/** Several words typed or pasted at once, separated by commas (Latin or Chinese), 、, semicolons or line breaks. */
export function splitTerms(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
}
