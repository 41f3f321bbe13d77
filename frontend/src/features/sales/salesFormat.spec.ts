import { describe, expect, it } from 'vitest'
import { bucketKey, bucketLabel, bucketStart, compactYuan, filledSeries, formatYuan, progressPercent } from './salesFormat'

describe('formatYuan', () => {
  it('writes fen as yuan with separators and two decimals', () => {
    expect(formatYuan(1234567)).toBe('12,345.67')
    expect(formatYuan(5)).toBe('0.05')
    expect(formatYuan(0)).toBe('0.00')
    expect(formatYuan(-9900)).toBe('-99.00')
  })
})

describe('compactYuan', () => {
  it('uses 万 and 亿 in Chinese and k and M in English', () => {
    expect(compactYuan(12_345_600, 'zh-CN')).toBe('12.3万')
    expect(compactYuan(2_000_000_000_0, 'zh-CN')).toBe('2亿')
    expect(compactYuan(12_345_600, 'en')).toBe('123.5k')
    expect(compactYuan(500_000_000, 'en')).toBe('5M')
    expect(compactYuan(9900, 'en')).toBe('99')
  })
})

describe('progressPercent', () => {
  it('floors to whole percents, caps at 100 and has no value without a target', () => {
    expect(progressPercent(0.4567)).toBe(45)
    expect(progressPercent(1.7)).toBe(100)
    expect(progressPercent(null)).toBeNull()
  })
})

describe('Shanghai buckets', () => {
  it('reads a bucket key as its start and writes an instant back in Shanghai time', () => {
    expect(new Date(bucketStart('2027-03-20T14')).toISOString()).toBe('2027-03-20T06:00:00.000Z')
    expect(new Date(bucketStart('2027-03-20')).toISOString()).toBe('2027-03-19T16:00:00.000Z')
    expect(bucketKey(Date.parse('2027-03-19T16:30:00Z'), 'HOUR')).toBe('2027-03-20T00')
    expect(bucketKey(Date.parse('2027-03-19T15:59:00Z'), 'DAY')).toBe('2027-03-19')
  })

  it('labels hours and days for the axis', () => {
    expect(bucketLabel('2027-03-20T09')).toBe('03-20 09:00')
    expect(bucketLabel('2027-03-20')).toBe('03-20')
  })
})

describe('filledSeries', () => {
  it('fills quiet hours with zero between the first and last sale', () => {
    const filled = filledSeries(
      [
        { at: '2027-03-20T22', gmvFen: 100, units: 1 },
        { at: '2027-03-21T01', gmvFen: 300, units: 2 },
      ],
      'HOUR',
    )
    expect(filled.map((p) => p.at)).toEqual(['2027-03-20T22', '2027-03-20T23', '2027-03-21T00', '2027-03-21T01'])
    expect(filled.map((p) => p.gmvFen)).toEqual([100, 0, 0, 300])
  })

  it('runs on to the current bucket while a campaign is live and keeps only the newest buckets', () => {
    const now = bucketStart('2027-03-23')
    const filled = filledSeries([{ at: '2027-03-20', gmvFen: 100, units: 1 }], 'DAY', now)
    expect(filled.map((p) => p.at)).toEqual(['2027-03-20', '2027-03-21', '2027-03-22', '2027-03-23'])
    expect(filledSeries([{ at: '2027-03-20', gmvFen: 100, units: 1 }], 'DAY', now, 2).map((p) => p.at)).toEqual([
      '2027-03-22',
      '2027-03-23',
    ])
  })

  it('is empty without sales', () => {
    expect(filledSeries([], 'HOUR', Date.now())).toEqual([])
  })
})
