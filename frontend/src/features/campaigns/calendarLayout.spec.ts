import { describe, expect, it } from 'vitest'
import { monthGridDays } from './calendarDates'
import { harvestOn, layoutWeeks, namedConflicts } from './calendarLayout'
import { calendarCampaign } from './testFixtures'
import type { HarvestWindow } from './api'

const harvest: HarvestWindow[] = [
  { kind: 'PRE_QINGMING', from: '2025-03-01', to: '2025-04-03' },
  { kind: 'PRE_GUYU', from: '2025-04-04', to: '2025-04-19' },
]

function bars(weeks: ReturnType<typeof layoutWeeks>) {
  return weeks.map((week) => week.bars.map((bar) => [bar.campaign.id, bar.startColumn, bar.span, bar.lane]))
}

describe('calendar layout', () => {
  it('cuts a campaign into one bar per week it runs in, open at the cut ends', () => {
    const spring = calendarCampaign({ id: 'spring', startsAt: '2025-04-02T10:00', endsAt: '2025-04-16T22:00' })
    const weeks = layoutWeeks(monthGridDays('2025-04'), [spring], [], [])

    expect(bars(weeks)).toEqual([[['spring', 2, 5, 0]], [['spring', 0, 7, 0]], [['spring', 0, 3, 0]], [], []])
    expect(weeks[0]!.bars[0]).toMatchObject({ continuesBefore: false, continuesAfter: true })
    expect(weeks[2]!.bars[0]).toMatchObject({ continuesBefore: true, continuesAfter: false })
  })

  it('does not draw a campaign ending at midnight on the day that midnight starts', () => {
    const weekend = calendarCampaign({ id: 'w', startsAt: '2025-04-05T00:00', endsAt: '2025-04-07T00:00' })

    expect(bars(layoutWeeks(monthGridDays('2025-04'), [weekend], [], []))[0]).toEqual([['w', 5, 2, 0]])
  })

  it('stacks overlapping campaigns in lanes and reuses a lane once it is free', () => {
    const long = calendarCampaign({ id: 'long', startsAt: '2025-04-07T00:00', endsAt: '2025-04-13T23:00' })
    const early = calendarCampaign({ id: 'early', startsAt: '2025-04-07T10:00', endsAt: '2025-04-08T10:00' })
    const late = calendarCampaign({ id: 'late', startsAt: '2025-04-10T10:00', endsAt: '2025-04-11T10:00' })
    const week = layoutWeeks(monthGridDays('2025-04'), [late, early, long], [], [])[1]!

    expect(bars([week])[0]).toEqual([
      ['long', 0, 7, 0],
      ['early', 0, 2, 1],
      ['late', 3, 2, 1],
    ])
    expect(week.lanes).toBe(2)
  })

  it('shades the tea harvest windows and marks the campaigns in a conflict', () => {
    const a = calendarCampaign({ id: 'a', startsAt: '2025-04-01T10:00', endsAt: '2025-04-03T10:00' })
    const b = calendarCampaign({ id: 'b', startsAt: '2025-04-02T10:00', endsAt: '2025-04-04T10:00' })
    const c = calendarCampaign({ id: 'c', startsAt: '2025-04-05T10:00', endsAt: '2025-04-06T10:00' })
    const [first] = layoutWeeks(monthGridDays('2025-04'), [a, b, c], harvest, [
      { campaignIds: ['a', 'b'], channels: ['TAOBAO'], reason: 'SHARED_SKU' },
    ])

    expect(first!.days.map((day) => day.harvest)).toEqual([
      'PRE_QINGMING', 'PRE_QINGMING', 'PRE_QINGMING', 'PRE_QINGMING', 'PRE_GUYU', 'PRE_GUYU', 'PRE_GUYU',
    ])
    expect(first!.bars.map((bar) => [bar.campaign.id, bar.conflicted])).toEqual([['a', true], ['b', true], ['c', false]])
    expect(harvestOn('2025-04-20', harvest)).toBeNull()
  })

  it('names both campaigns of a conflict and skips one it cannot name', () => {
    const a = calendarCampaign({ id: 'a', nameZh: '春茶季' })
    const b = calendarCampaign({ id: 'b', nameZh: '黄山茶抱团促销' })
    const named = namedConflicts(
      [
        { campaignIds: ['a', 'b'], channels: ['PAVILION'], reason: 'OVERLAPPING_ELIGIBILITY' },
        { campaignIds: ['a', 'gone'], channels: ['JD'], reason: 'SHARED_SKU' },
      ],
      [a, b],
    )

    expect(named.map((conflict) => [conflict.first.nameZh, conflict.second.nameZh, conflict.reason])).toEqual([
      ['春茶季', '黄山茶抱团促销', 'OVERLAPPING_ELIGIBILITY'],
    ])
  })
})
