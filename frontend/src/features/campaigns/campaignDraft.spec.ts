import { describe, expect, it } from 'vitest'
import { checkDraft, contentOf, draftOf, emptyDraft, firstStepWith, stepOfField, type CampaignDraft } from './campaignDraft'
import { campaign, campaignContent } from './testFixtures'

function draft(overrides: Partial<CampaignDraft> = {}): CampaignDraft {
  return { ...draftOf(campaign()), ...overrides }
}

describe('campaign draft', () => {
  it('round-trips a campaign through the wizard, money as yuan and the pavilion always a channel', () => {
    const edited = draftOf(campaign())

    expect(edited.budgetYuan).toBe('50000.00')
    expect(edited.tiers).toEqual([{ thresholdYuan: '300.00', saveYuan: '30.00' }])
    expect(edited.platforms).toEqual(['TAOBAO'])
    expect(checkDraft(edited)).toEqual({})
    expect(contentOf(edited)).toEqual(campaignContent())
  })

  it('sends yuan as integer fen and leaves blank optional amounts out', () => {
    const sent = contentOf(draft({ budgetYuan: '1234.5', gmvTargetYuan: ' ', tiers: [{ thresholdYuan: '199', saveYuan: '19.9' }] }))

    expect(sent.budgetFen).toBe(123450)
    expect(sent.gmvTargetFen).toBeNull()
    expect(sent.spendSaveTiers).toEqual([{ thresholdFen: 19900, saveFen: 1990 }])
  })

  it('requires the Chinese name and description, keeps names to 60 characters and text plain', () => {
    expect(checkDraft({ ...emptyDraft() })).toMatchObject({
      type: { key: 'required' },
      nameZh: { key: 'required' },
      descriptionZh: { key: 'required' },
      startsAt: { key: 'dateTime' },
    })
    const complaints = checkDraft(draft({ nameEn: 'x'.repeat(61), descriptionZh: '<b>春茶</b>' }))
    expect(complaints).toEqual({ nameEn: { key: 'tooLong', params: { max: 60 } }, descriptionZh: { key: 'plainText' } })
  })

  it('asks a group promotion for its regional brand and sends the brand only with that type', () => {
    expect(checkDraft(draft({ type: 'GROUP_PROMOTION', regionalBrand: '' }))).toEqual({ regionalBrand: { key: 'required' } })
    expect(contentOf(draft({ type: 'SEASONAL', regionalBrand: '黄山茶' })).regionalBrand).toBeNull()
    expect(contentOf(draft({ type: 'GROUP_PROMOTION', regionalBrand: ' 黄山茶 ' })).regionalBrand).toBe('黄山茶')
  })

  it('needs an end after the start and at most 92 days of campaign', () => {
    expect(checkDraft(draft({ startsAt: '2025-04-01T10:00', endsAt: '2025-04-01T10:00' }))).toEqual({ endsAt: { key: 'endAfterStart' } })
    expect(checkDraft(draft({ startsAt: '2025-04-01T00:00', endsAt: '2025-07-02T00:00' }))).toEqual({})
    expect(checkDraft(draft({ startsAt: '2025-04-01T00:00', endsAt: '2025-07-02T00:01' }))).toEqual({
      endsAt: { key: 'tooLongCampaign', params: { max: 92 } },
    })
  })

  it('checks a flash sale’s daily sessions: one to six, within the day, none overlapping', () => {
    const flash = (flashSessions: CampaignDraft['flashSessions']) => checkDraft(draft({ type: 'FLASH_SALE', flashSessions }))

    expect(flash([])).toEqual({ flashSessions: { key: 'sessionCount', params: { max: 6 } } })
    expect(flash([{ start: '10:00', minutes: 60 }, { start: '14:00', minutes: 60 }, { start: '20:00', minutes: 60 }])).toEqual({})
    expect(flash([{ start: '23:30', minutes: 31 }])).toEqual({ 'flashSessions[0].minutes': { key: 'sessionPastMidnight' } })
    expect(flash([{ start: '14:00', minutes: 60 }, { start: '10:00', minutes: 241 }])).toEqual({
      'flashSessions[0].start': { key: 'sessionsOverlap' },
    })
    expect(flash([{ start: '9:00', minutes: 60 }])).toEqual({ 'flashSessions[0].start': { key: 'time' } })
  })

  it('sends the sessions of a flash sale in time order, and none for other types', () => {
    const sessions = [{ start: '20:00', minutes: 30 }, { start: '10:00', minutes: 60 }]

    expect(contentOf(draft({ type: 'FLASH_SALE', flashSessions: sessions })).flashSessions.map((s) => s.start)).toEqual(['10:00', '20:00'])
    expect(contentOf(draft({ type: 'SEASONAL', flashSessions: sessions })).flashSessions).toEqual([])
  })

  it('wants a saving below its threshold and amounts as yuan', () => {
    expect(checkDraft(draft({ tiers: [{ thresholdYuan: '100', saveYuan: '100' }], budgetYuan: '12.345' }))).toEqual({
      'spendSaveTiers[0].saveFen': { key: 'saveBelowThreshold' },
      budgetFen: { key: 'money' },
    })
  })

  it('finds the wizard step of a field, the server’s names included', () => {
    expect(stepOfField('nameZh')).toBe('basics')
    expect(stepOfField('flashSessions[1].minutes')).toBe('schedule')
    expect(stepOfField('channels')).toBe('schedule')
    expect(stepOfField('eligibility.regions[0]')).toBe('eligibility')
    expect(stepOfField('spendSaveTiers[0].saveFen')).toBe('rules')
    expect(stepOfField('bannerFileId')).toBe('review')
    expect(firstStepWith({ gmvTargetFen: {}, endsAt: {} })).toBe('schedule')
    expect(firstStepWith({})).toBeNull()
  })
})
