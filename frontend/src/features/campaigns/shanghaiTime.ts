/**
 * Campaign times are Asia/Shanghai wall-clock times written `yyyy-MM-ddTHH:mm` without an offset. They are shown
 * as written, whatever the browser's time zone; only "now" is an instant, and China keeps UTC+8 all year.
 */
export const SHANGHAI = 'Asia/Shanghai'
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

export interface WallClock {
  date: string
  time: string
}

export function parseWallClock(text: string): WallClock | null {
  const match = WALL_CLOCK.exec(text)
  if (!match) return null
  const [, year, month, day, hour, minute] = match.map(Number) as number[] as [number, number, number, number, number, number]
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute))
  const real = probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour < 24 && minute < 60
  return real ? { date: text.slice(0, 10), time: text.slice(11, 16) } : null
}

/** The wall-clock time in Shanghai at `instant`, as the API writes it. */
export function shanghaiWallClock(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16)
}

export function shanghaiToday(instant: Date = new Date()): string {
  return shanghaiWallClock(instant).slice(0, 10)
}

/** Minutes from `from` to `to`, both wall-clock times; null when either is not one. */
export function minutesBetween(from: string, to: string): number | null {
  if (!parseWallClock(from) || !parseWallClock(to)) return null
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000
}

/** The last calendar day a campaign runs: one ending at midnight does not run on the day that starts then. */
export function lastDayOf(endsAt: string): string {
  const end = parseWallClock(endsAt)
  if (!end) return endsAt.slice(0, 10)
  if (end.time !== '00:00') return end.date
  return new Date(Date.parse(`${end.date}T00:00:00Z`) - 1).toISOString().slice(0, 10)
}

/** E.g. `2025年3月20日 08:00` or `Mar 20, 2025, 08:00`; formatted in UTC so the wall-clock time is kept. */
export function formatWallClock(text: string, locale: string): string {
  const parsed = parseWallClock(text)
  if (!parsed) return text
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  })
  return format.format(new Date(`${text}:00Z`))
}

/** A `yyyy-MM-dd` day in the locale's words, e.g. `4月4日` / `Apr 4`. */
export function formatDay(date: string, locale: string, withYear = false): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  })
  return format.format(new Date(`${date}T00:00:00Z`))
}
