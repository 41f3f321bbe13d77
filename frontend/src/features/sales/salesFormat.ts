import type { Bucket, SalesPoint } from './api'

/** Fen as yuan with thousands separators and two decimals: 1234567 → "12,345.67". */
export function formatYuan(fen: number): string {
  const negative = fen < 0
  const abs = Math.abs(Math.round(fen))
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = (abs % 100).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${whole}.${cents}`
}

/** A short yuan amount for chart axes: 12345600 fen → "12.3万" in Chinese, "123.5k" in English. */
export function compactYuan(fen: number, locale: string): string {
  const yuan = fen / 100
  const abs = Math.abs(yuan)
  if (locale.startsWith('zh')) {
    if (abs >= 1e8) return `${trim(yuan / 1e8)}亿`
    if (abs >= 1e4) return `${trim(yuan / 1e4)}万`
    return trim(yuan)
  }
  if (abs >= 1e6) return `${trim(yuan / 1e6)}M`
  if (abs >= 1e3) return `${trim(yuan / 1e3)}k`
  return trim(yuan)
}

function trim(value: number): string {
  return (Math.round(value * 10) / 10).toString()
}

/** Progress to target as a whole percentage for a progress bar, capped at 100; null without a target. */
export function progressPercent(progress: number | null): number | null {
  if (progress === null || !Number.isFinite(progress)) return null
  return Math.max(0, Math.min(100, Math.floor(progress * 100)))
}

const HOUR_MS = 3_600_000
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS

/** The bucket key (`2027-03-20T14` or `2027-03-20`) as its start in UTC milliseconds; Shanghai has no DST. */
export function bucketStart(at: string): number {
  const [date, hour] = at.split('T')
  const [y, m, d] = date!.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!, hour === undefined ? 0 : Number(hour)) - SHANGHAI_OFFSET_MS
}

/** The bucket key of a UTC instant in Asia/Shanghai. */
export function bucketKey(ms: number, bucket: Bucket): string {
  const local = new Date(ms + SHANGHAI_OFFSET_MS)
  const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
  return bucket === 'DAY' ? day : `${day}T${pad(local.getUTCHours())}`
}

function pad(n: number): string {
  return n.toString().padStart(2, '0')
}

/**
 * A continuous series from the first to the last bucket with sales (or to `until`, e.g. now during a live campaign),
 * with zero GMV where nothing sold, so a line chart does not bridge quiet hours. Capped at `max` buckets, keeping the newest.
 */
export function filledSeries(points: readonly SalesPoint[], bucket: Bucket, until?: number, max = 24 * 62): SalesPoint[] {
  if (points.length === 0) return []
  const step = bucket === 'DAY' ? 24 * HOUR_MS : HOUR_MS
  const byKey = new Map(points.map((point) => [point.at, point]))
  const first = bucketStart(points[0]!.at)
  const lastPoint = bucketStart(points[points.length - 1]!.at)
  const last = until === undefined ? lastPoint : Math.max(lastPoint, bucketStart(bucketKey(until, bucket)))
  const start = Math.max(first, last - (max - 1) * step)
  const filled: SalesPoint[] = []
  for (let t = start; t <= last; t += step) {
    const key = bucketKey(t, bucket)
    filled.push(byKey.get(key) ?? { at: key, gmvFen: 0, units: 0 })
  }
  return filled
}

/** How a bucket is labelled on the axis: `03-20 14:00` for hours, `03-20` for days. */
export function bucketLabel(at: string): string {
  const [date, hour] = at.split('T')
  const monthDay = date!.slice(5)
  return hour === undefined ? monthDay : `${monthDay} ${hour}:00`
}
