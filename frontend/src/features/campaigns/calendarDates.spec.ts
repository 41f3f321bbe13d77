import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, monthGridDays, startOfWeek, weekDays, weekdayOf } from './calendarDates'

describe('calendar dates', () => {
  it('counts days across month and year ends', () => {
    expect(addDays('2025-03-31', 1)).toBe('2025-04-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(daysBetween('2025-04-04', '2025-04-20')).toBe(16)
    expect(daysBetween('2025-04-20', '2025-04-04')).toBe(-16)
  })

  it('starts weeks on Monday', () => {
    expect(weekdayOf('2025-04-07')).toBe(0)
    expect(weekdayOf('2025-04-06')).toBe(6)
    expect(startOfWeek('2025-04-06')).toBe('2025-03-31')
    expect(weekDays('2025-04-09')).toEqual([
      '2025-04-07', '2025-04-08', '2025-04-09', '2025-04-10', '2025-04-11', '2025-04-12', '2025-04-13',
    ])
  })

  it('shows a month as whole weeks from the week of the 1st to the week of the last day', () => {
    const april = monthGridDays('2025-04')

    expect(april[0]).toBe('2025-03-31')
    expect(april.at(-1)).toBe('2025-05-04')
    expect(april).toHaveLength(35)
    expect(monthGridDays('2027-02')).toHaveLength(28)
  })

  it('steps months across a year end', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01')
    expect(addMonths('2025-01', -1)).toBe('2024-12')
  })
})
