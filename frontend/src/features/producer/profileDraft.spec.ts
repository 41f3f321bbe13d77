import { describe, expect, it } from 'vitest'
import { checkDraft, draftOf, emptyDraft, profileOf, type ProfileDraft } from './profileDraft'
import { profile } from './testFixtures'

const valid: ProfileDraft = draftOf(profile())

describe('producer profile draft', () => {
  it('finds nothing wrong with a complete profile, and sends it back unchanged', () => {
    expect(checkDraft(valid)).toEqual({})
    expect(profileOf(valid)).toEqual(profile())
  })

  it('names every missing required field by the server’s field name', () => {
    expect(checkDraft(emptyDraft())).toEqual({
      type: { key: 'typeRequired' },
      legalNameZh: { key: 'legalNameZhRequired' },
      creditCode: { key: 'creditCodeRequired' },
      prefectureCode: { key: 'prefectureRequired' },
      address: { key: 'addressRequired' },
      'contacts[0].name': { key: 'contactNameRequired' },
      'contacts[0].phone': { key: 'phoneRequired' },
    })
  })

  it('holds the texts to the server’s lengths', () => {
    const long = (n: number) => 'x'.repeat(n)
    expect(
      checkDraft({
        ...valid,
        legalNameZh: long(100),
        legalNameEn: long(200),
        address: long(200),
        storyZh: long(2000),
        storyEn: long(4000),
      }),
    ).toEqual({})
    expect(
      checkDraft({
        ...valid,
        legalNameZh: long(101),
        legalNameEn: long(201),
        address: long(201),
        storyZh: long(2001),
        storyEn: long(4001),
      }),
    ).toEqual({
      legalNameZh: { key: 'tooLong', params: { max: 100 } },
      legalNameEn: { key: 'tooLong', params: { max: 200 } },
      address: { key: 'tooLong', params: { max: 200 } },
      storyZh: { key: 'tooLong', params: { max: 2000 } },
      storyEn: { key: 'tooLong', params: { max: 4000 } },
    })
  })

  it('tells a malformed credit code from one with a wrong check character', () => {
    expect(checkDraft({ ...valid, creditCode: '9134000070492045' }).creditCode).toEqual({ key: 'creditCodeFormat' })
    expect(checkDraft({ ...valid, creditCode: '91340000704920454I' }).creditCode).toEqual({ key: 'creditCodeFormat' })
    expect(checkDraft({ ...valid, creditCode: '91340000704920454G' }).creditCode).toEqual({ key: 'creditCodeCheck' })
    expect(checkDraft({ ...valid, creditCode: '9144 0300 7152 6726xg' }).creditCode).toBeUndefined()
  })

  it('checks each contact: a name of at most 40, a phone of 7–20 digits, + - or spaces, an optional e-mail', () => {
    const complaints = checkDraft({
      ...valid,
      contacts: [
        { name: 'x'.repeat(40), phone: '+86 559-451', email: '' },
        { name: 'x'.repeat(41), phone: '123456', email: 'not-an-email' },
        { name: '汪师傅', phone: '0559/4512345', email: 'wang@example.cn' },
        { name: '汪师傅', phone: '1'.repeat(21), email: '' },
      ],
    })
    expect(complaints).toEqual({
      'contacts[1].name': { key: 'tooLong', params: { max: 40 } },
      'contacts[1].phone': { key: 'phonePattern' },
      'contacts[1].email': { key: 'emailPattern' },
      'contacts[2].phone': { key: 'phonePattern' },
      'contacts[3].phone': { key: 'phonePattern' },
    })
  })

  it('wants one to five contacts and at most ten brands', () => {
    const contact = { name: '汪师傅', phone: '0559-4512345', email: '' }
    expect(checkDraft({ ...valid, contacts: [] }).contacts).toEqual({ key: 'contactsRequired' })
    expect(checkDraft({ ...valid, contacts: Array(5).fill(contact) })).toEqual({})
    expect(checkDraft({ ...valid, contacts: Array(6).fill(contact) }).contacts).toEqual({
      key: 'tooManyContacts',
      params: { max: 5 },
    })
    expect(checkDraft({ ...valid, brands: Array.from({ length: 10 }, (_, i) => `b${i}`) })).toEqual({})
    expect(checkDraft({ ...valid, brands: Array.from({ length: 11 }, (_, i) => `b${i}`) }).brands).toEqual({
      key: 'tooManyBrands',
      params: { max: 10 },
    })
  })

  it('sends blank optional texts as null, trims, upper-cases the credit code and drops repeated brands', () => {
    const sent = profileOf({
      ...valid,
      legalNameZh: '  祁门县祁红茶业专业合作社 ',
      legalNameEn: '   ',
      creditCode: '9144030071526726xg',
      countyCode: null,
      contacts: [{ name: ' 汪师傅 ', phone: ' 0559-4512345 ', email: ' ' }],
      brands: ['祁红', ' 祁红 ', '  '],
      storyZh: '',
      storyEn: ' ',
    })
    expect(sent).toMatchObject({
      legalNameZh: '祁门县祁红茶业专业合作社',
      legalNameEn: null,
      creditCode: '9144030071526726XG',
      countyCode: null,
      contacts: [{ name: '汪师傅', phone: '0559-4512345', email: null }],
      brands: ['祁红'],
      storyZh: null,
      storyEn: null,
    })
  })
})
