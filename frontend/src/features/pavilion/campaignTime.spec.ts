import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { campaignInstant, durationParts, sessionEnd, shanghaiTime } from './campaignTime'

describe('campaign times in Asia/Shanghai', () => {
  const browserZone = process.env.TZ

  // A browser in New York, where 10:00 in Anhui is still the evening before.
  beforeEach(() => (process.env.TZ = 'America/New_York'))
  afterEach(() => (process.env.TZ = browserZone))

  it('formats an instant as Anhui wall-clock time whatever the browser’s time zone', () => {
    const tenInAnhui = '2026-03-20T02:00:00Z'
    expect(new Date(tenInAnhui).getDate()).toBe(19)

    expect(shanghaiTime(tenInAnhui, 'zh-CN')).toBe('3月20日 10:00')
    expect(shanghaiTime(tenInAnhui, 'en')).toBe('Mar 20, 10:00')
    expect(shanghaiTime(tenInAnhui, 'zh-CN', true)).toBe('2026年3月20日 10:00')
  })

  it('reads a time without an offset as Anhui wall-clock time, not the browser’s', () => {
    expect(campaignInstant('2026-03-20T10:00')).toBe(Date.parse('2026-03-20T02:00:00Z'))
    expect(campaignInstant('2026-03-20T10:00:30')).toBe(Date.parse('2026-03-20T02:00:30Z'))
    expect(shanghaiTime('2026-03-20T00:30', 'zh-CN')).toBe('3月20日 00:30')
  })

  it('reads an instant with an offset as that instant, and gives nothing for an unreadable time', () => {
    expect(campaignInstant('2026-03-20T10:00:00+08:00')).toBe(Date.parse('2026-03-20T02:00:00Z'))
    expect(campaignInstant('soon')).toBeNaN()
    expect(campaignInstant(null)).toBeNaN()
    expect(shanghaiTime('soon', 'en')).toBe('')
  })
})

describe('durations', () => {
  it('splits a duration into days, hours, minutes and seconds, never below zero', () => {
    expect(durationParts(((3 * 24 + 4) * 3600 + 5 * 60 + 6) * 1000 + 999)).toEqual({ days: 3, hours: 4, minutes: 5, seconds: 6 })
    expect(durationParts(-5000)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 })
  })

  it('computes the end of a flash-sale session, past midnight too', () => {
    expect(sessionEnd('10:00', 60)).toBe('11:00')
    expect(sessionEnd('23:30', 45)).toBe('00:15')
  })
})
