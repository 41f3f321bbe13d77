import type { CalendarCampaign, CalendarConflict, HarvestWindow } from './api'
import { daysBetween } from './calendarDates'
import { lastDayOf } from './shanghaiTime'

/** A campaign's bar within one week row: columns 0 (Monday) to 6, and the lane it takes so bars never overlap. */
export interface BarSegment {
  campaign: CalendarCampaign
  startColumn: number
  span: number
  lane: number
  /** The campaign began before this week / goes on after it: the bar's end is drawn open. */
  continuesBefore: boolean
  continuesAfter: boolean
  conflicted: boolean
}

export interface CalendarDay {
  date: string
  harvest: HarvestWindow['kind'] | null
}

export interface CalendarWeek {
  days: CalendarDay[]
  bars: BarSegment[]
  lanes: number
}

/** The campaigns named in any conflict, whose bars are highlighted. */
export function conflictedIds(conflicts: readonly CalendarConflict[]): Set<string> {
  return new Set(conflicts.flatMap((conflict) => conflict.campaignIds))
}

export function harvestOn(date: string, windows: readonly HarvestWindow[]): HarvestWindow['kind'] | null {
  return windows.find((window) => window.from <= date && date <= window.to)?.kind ?? null
}

/**
 * Lays the campaigns out over `days` (whole weeks, Monday first): one row per week, each campaign a bar cut at the
 * week's edges, earlier and longer campaigns in the upper lanes.
 */
export function layoutWeeks(
  days: readonly string[],
  campaigns: readonly CalendarCampaign[],
  harvestWindows: readonly HarvestWindow[],
  conflicts: readonly CalendarConflict[],
): CalendarWeek[] {
  const conflicted = conflictedIds(conflicts)
  const spans = campaigns
    .map((campaign) => ({ campaign, first: campaign.startsAt.slice(0, 10), last: lastDayOf(campaign.endsAt) }))
    .filter(({ first, last }) => first <= last)
    .sort((a, b) => a.first.localeCompare(b.first) || b.last.localeCompare(a.last) || a.campaign.id.localeCompare(b.campaign.id))
  const weeks: CalendarWeek[] = []
  for (let start = 0; start + 7 <= days.length; start += 7) {
    const week = days.slice(start, start + 7)
    const monday = week[0]!
    const sunday = week[6]!
    const laneEnds: number[] = []
    const bars: BarSegment[] = []
    for (const { campaign, first, last } of spans) {
      if (last < monday || first > sunday) continue
      const startColumn = Math.max(0, daysBetween(monday, first))
      const endColumn = Math.min(6, daysBetween(monday, last))
      let lane = laneEnds.findIndex((end) => end < startColumn)
      if (lane < 0) lane = laneEnds.length
      laneEnds[lane] = endColumn
      bars.push({
        campaign,
        startColumn,
        span: endColumn - startColumn + 1,
        lane,
        continuesBefore: first < monday,
        continuesAfter: last > sunday,
        conflicted: conflicted.has(campaign.id),
      })
    }
    weeks.push({ days: week.map((date) => ({ date, harvest: harvestOn(date, harvestWindows) })), bars, lanes: laneEnds.length })
  }
  return weeks
}

/** A conflict with the two campaigns it names, for the list beside the calendar; unknown ids are skipped. */
export interface NamedConflict extends CalendarConflict {
  first: CalendarCampaign
  second: CalendarCampaign
}

export function namedConflicts(conflicts: readonly CalendarConflict[], campaigns: readonly CalendarCampaign[]): NamedConflict[] {
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]))
  return conflicts.flatMap((conflict) => {
    const first = byId.get(conflict.campaignIds[0])
    const second = byId.get(conflict.campaignIds[1])
    return first && second ? [{ ...conflict, first, second }] : []
  })
}
