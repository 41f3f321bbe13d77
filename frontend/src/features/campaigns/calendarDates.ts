/**
 * Calendar arithmetic on `yyyy-MM-dd` strings. It runs on UTC dates only, so the browser's own time zone never
 * moves a day: the campaign times are Asia/Shanghai wall-clock times and are never turned into instants here.
 */
const DAY_MS = 24 * 60 * 60 * 1000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function toUtc(date: string): number {
  const match = DATE.exec(date)
  if (!match) throw new RangeError(`not a date: ${date}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

function fromUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS)
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

/** Monday 0 … Sunday 6, as Chinese calendars start the week. */
export function weekdayOf(date: string): number {
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7
}

export function startOfWeek(date: string): string {
  return addDays(date, -weekdayOf(date))
}

export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** The first day of the month `yyyy-MM` shifted by `months`. */
export function addMonths(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number]
  return fromUtc(Date.UTC(year, index - 1 + months, 1)).slice(0, 7)
}

/** The days a month view shows: whole weeks, Monday to Sunday, from the week of the 1st to the week of the last. */
export function monthGridDays(month: string): string[] {
  const first = `${month}-01`
  const last = addDays(`${addMonths(month, 1)}-01`, -1)
  return daysFrom(startOfWeek(first), addDays(startOfWeek(last), 6))
}

export function weekDays(date: string): string[] {
  const monday = startOfWeek(date)
  return daysFrom(monday, addDays(monday, 6))
}

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i))
}
