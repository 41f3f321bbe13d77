import type { CampaignTime } from './campaigns'

const SHANGHAI = 'Asia/Shanghai'
// China has kept UTC+8 without daylight saving since 1991, so a wall-clock time converts with a fixed offset.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** Milliseconds since the epoch of a campaign time, NaN when it cannot be read. */
export function campaignInstant(time: CampaignTime | null | undefined): number {
  if (!time) return Number.NaN
  const wall = WALL_CLOCK.exec(time)
  if (!wall) return Date.parse(time)
  const [, year, month, day, hour, minute, second] = wall.map(Number) as number[]
  return Date.UTC(year!, month! - 1, day!, hour!, minute!, second || 0) - SHANGHAI_OFFSET_MS
}

const FORMATS = {
  day: { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  dayWithYear: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

/**
 * A campaign time as Anhui sees it, whatever the browser's time zone: "3月20日 10:00" / "March 20, 10:00", with the
 * year when asked. Empty for a time that cannot be read.
 */
export function shanghaiTime(time: CampaignTime, locale: string, withYear = false): string {
  const instant = campaignInstant(time)
  if (Number.isNaN(instant)) return ''
  const options = withYear ? FORMATS.dayWithYear : FORMATS.day
  return new Intl.DateTimeFormat(locale, { ...options, month: locale === 'en' ? 'short' : 'long', timeZone: SHANGHAI })
    .format(instant)
}

/** The end of a flash-sale session that starts at `start` (HH:mm) and runs `minutes`, as HH:mm. */
export function sessionEnd(start: string, minutes: number): string {
  const [hours, mins] = start.split(':').map(Number)
  const total = (hours! * 60 + mins! + minutes) % (24 * 60)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`
}

export interface DurationParts {
  days: number
  hours: number
  minutes: number
  seconds: number
}

/** A non-negative duration in whole days, hours, minutes and seconds, rounded down to the second. */
export function durationParts(ms: number): DurationParts {
  const total = Math.max(0, Math.floor(ms / 1000))
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor(total / 3600) % 24,
    minutes: Math.floor(total / 60) % 60,
    seconds: total % 60,
  }
}
