/** GTIN-8/12/13/14 (EAN/UPC) lengths the server accepts. */
const GTIN = /^(\d{8}|\d{12}|\d{13}|\d{14})$/

/** True when `code` is a GTIN whose last digit is the GS1 mod-10 check digit of the others. */
export function isValidGtin(code: string): boolean {
  if (!GTIN.test(code)) return false
  const digits = [...code].map(Number)
  const check = digits.pop()!
  // From the right, the digits before the check digit weigh 3, 1, 3, …
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10 === check
}
