/** Prices are edited in yuan and stored as integer fen; the conversion works on the digits, never on floats. */
const YUAN = /^\s*(\d{1,9})(?:\.(\d{0,2}))?\s*$/

/** `'128'`, `'128.5'`, `'128.00'` → fen; null for anything that is not a non-negative amount with ≤ 2 decimals. */
export function yuanToFen(yuan: string | number): number | null {
  const text = typeof yuan === 'number' ? roundedText(yuan) : yuan
  const match = YUAN.exec(text)
  if (!match) return null
  const fraction = (match[2] ?? '').padEnd(2, '0')
  return Number(match[1]) * 100 + Number(fraction)
}

/** Fen → yuan with two decimals, e.g. 12800 → '128.00'. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** A number typed as a float (0.1 + 0.2) is taken at the cent it means. */
function roundedText(value: number): string {
  return Number.isFinite(value) && value >= 0 ? value.toFixed(2) : 'x'
}
