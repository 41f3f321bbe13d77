import { describe, expect, it } from 'vitest'
import { ProblemError, type Problem } from '@/shared/api'
import { refusalOf } from './enrolmentProblem'

const fromServer = (problem: Problem & Record<string, unknown>) => new ProblemError(problem, { fromServer: true })

describe('enrolment refusals', () => {
  it('names the other campaign of an overlap', () => {
    const error = fromServer({
      type: 'https://wanhuo.example/problems/enrolment-overlap',
      status: 409,
      detail: 'QM-250 is already in 黄山茶抱团促销',
      conflictingCampaignId: 'c-group',
      conflictingCampaignName: '黄山茶抱团促销',
    })

    expect(refusalOf(error)).toEqual({ kind: 'overlap', campaignId: 'c-group', campaignName: '黄山茶抱团促销' })
  })

  it('keeps the known reasons a product is not eligible', () => {
    const error = fromServer({ type: '/problems/not-eligible', status: 422, reasons: ['GEOGRAPHICAL_INDICATION', 'MOON_PHASE', 'REGION'] })

    expect(refusalOf(error)).toEqual({ kind: 'notEligible', reasons: ['GEOGRAPHICAL_INDICATION', 'REGION'] })
  })

  it('tells a closed campaign, field errors and anything else apart', () => {
    expect(refusalOf(fromServer({ type: '/problems/enrolment-closed', status: 409 }))).toEqual({ kind: 'closed' })
    expect(
      refusalOf(fromServer({ type: '/problems/validation-failed', status: 400, errors: [{ field: 'quota', message: 'must be ≤ 40' }] })),
    ).toEqual({ kind: 'fields', fields: { quota: 'must be ≤ 40' } })
    expect(refusalOf(fromServer({ type: '/problems/stale-version', status: 409 }))).toEqual({ kind: 'other' })
    expect(refusalOf(new Error('boom'))).toEqual({ kind: 'other' })
  })
})
