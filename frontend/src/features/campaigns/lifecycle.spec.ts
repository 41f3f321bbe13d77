import { describe, expect, it } from 'vitest'
import { actionButtons, canWithdraw, statusTone } from './lifecycle'

describe('campaign lifecycle', () => {
  it('offers the allowed actions in lifecycle order, whatever order the server lists them in', () => {
    expect(actionButtons(['cancel', 'open', 'edit']).map((button) => button.action)).toEqual(['edit', 'open', 'cancel'])
    expect(actionButtons(['schedule', 'reopen']).map((button) => button.action)).toEqual(['reopen', 'schedule'])
  })

  it('asks for a reason only to cancel, and edits in the wizard', () => {
    const buttons = actionButtons(['edit', 'close', 'cancel'])

    expect(buttons.filter((button) => button.needsReason).map((button) => button.action)).toEqual(['cancel'])
    expect(buttons.filter((button) => button.navigates).map((button) => button.action)).toEqual(['edit'])
    expect(buttons.find((button) => button.action === 'cancel')?.tone).toBe('danger')
  })

  it('leaves out what it does not know and offers nothing when nothing is allowed', () => {
    expect(actionButtons(['start', 'end', 'close']).map((button) => button.action)).toEqual(['close'])
    expect(actionButtons([])).toEqual([])
  })

  it('colours live campaigns green and cancelled ones red', () => {
    expect(statusTone('LIVE')).toBe('success')
    expect(statusTone('CANCELLED')).toBe('danger')
    expect(statusTone('DRAFT')).toBe('info')
  })

  it('lets a producer withdraw only while enrolment is open or closed, and only what is still in play', () => {
    expect(canWithdraw({ status: 'PENDING', campaign: { status: 'OPEN' } })).toBe(true)
    expect(canWithdraw({ status: 'APPROVED', campaign: { status: 'CLOSED' } })).toBe(true)
    expect(canWithdraw({ status: 'APPROVED', campaign: { status: 'SCHEDULED' } })).toBe(false)
    expect(canWithdraw({ status: 'REJECTED', campaign: { status: 'OPEN' } })).toBe(false)
  })
})
