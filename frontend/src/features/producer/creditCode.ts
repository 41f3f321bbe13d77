/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (digits and capitals without
 * I, O, S, V, Z); the last is a check character computed from the first 17 with fixed weights, modulo 31.
 * The same rule the server applies, so a mistyped code is caught before it is sent.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
export const CREDIT_CODE_LENGTH = 18
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

/** Whether every character is in the alphabet and there are exactly 18 of them; says nothing of the check character. */
export function isCreditCodeShaped(code: string): boolean {
  return code.length === CREDIT_CODE_LENGTH && [...code].every((char) => CREDIT_CODE_ALPHABET.includes(char))
}

/** The 18th character for the first 17; throws when they are not 17 characters of the alphabet. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) throw new RangeError(`expected 17 characters, got ${first17.length}`)
  let sum = 0
  for (let i = 0; i < WEIGHTS.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i))
    if (value < 0) throw new RangeError(`“${first17.charAt(i)}” is not in the credit code alphabet`)
    sum += value * WEIGHTS[i]!
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31)
}

export function isValidCreditCode(code: string): boolean {
  return isCreditCodeShaped(code) && code.charAt(17) === creditCodeCheckCharacter(code.slice(0, 17))
}

/** What a user typed, as the code is written: capitals, no spaces. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}
