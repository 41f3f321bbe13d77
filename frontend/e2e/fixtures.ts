import { creditCodeCheckCharacter } from '../src/features/producer/creditCode'

/** Shared fixtures of the browser tests. */

export const QIMEN = '341024'

/** A valid 1×1 transparent PNG. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** A credit code of a farmers' cooperative (93) in Qimen with random middle digits and its GB 32100 check character. */
export function qimenCooperativeCreditCode(): string {
  let first17 = `93${QIMEN}`
  while (first17.length < 17) first17 += String(Math.floor(Math.random() * 10))
  return first17 + creditCodeCheckCharacter(first17)
}
