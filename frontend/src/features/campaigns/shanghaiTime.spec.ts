import { describe, expect, it } from 'vitest'
import { formatDay, formatWallClock, lastDayOf, minutesBetween, parseWallClock, shanghaiToday, shanghaiWallClock } from './shanghaiTime'

describe('Asia/Shanghai wall-clock times', () => {
  it('reads only real wall-clock times in the API’s form', () => {
    expect(parseWallClock('2025-03-20T08:00')).toEqual({ date: '2025-03-20', time: '08:00' })
    expect(parseWallClock('2025-02-30T08:00')).toBeNull()
    expect(parseWallClock('2025-03-20T24:00')).toBeNull()
    expect(parseWallClock('2025-03-20T08:00:00+08:00')).toBeNull()
    expect(parseWallClock('')).toBeNull()
  })

  it('tells the time in Shanghai from an instant, eight hours ahead of UTC', () => {
    expect(shanghaiWallClock(new Date('2025-04-03T18:30:00Z'))).toBe('2025-04-04T02:30')
    expect(shanghaiToday(new Date('2025-04-03T15:59:00Z'))).toBe('2025-04-03')
    expect(shanghaiToday(new Date('2025-04-03T16:00:00Z'))).toBe('2025-04-04')
  })

  it('shows the time as written, in the words of the language', () => {
    expect(formatWallClock('2025-04-04T20:00', 'zh-CN')).toBe('2025年4月4日 20:00')
    expect(formatWallClock('2025-04-04T00:05', 'en')).toBe('Apr 4, 2025, 00:05')
    expect(formatWallClock('later', 'en')).toBe('later')
    expect(formatDay('2025-04-04', 'zh-CN')).toBe('4月4日')
    expect(formatDay('2025-04-04', 'en', true)).toBe('Apr 4, 2025')
  })

  it('measures campaign lengths in minutes', () => {
    expect(minutesBetween('2025-03-31T23:00', '2025-04-01T01:30')).toBe(150)
    expect(minutesBetween('2025-04-01T01:30', 'x')).toBeNull()
  })

  it('ends a campaign that stops at midnight on the day before', () => {
    expect(lastDayOf('2025-04-21T00:00')).toBe('2025-04-20')
    expect(lastDayOf('2025-04-20T23:59')).toBe('2025-04-20')
    expect(lastDayOf('2025-03-01T00:00')).toBe('2025-02-28')
  })
})
