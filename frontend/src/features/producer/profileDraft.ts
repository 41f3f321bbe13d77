import type { Contact, ProducerProfile, ProducerType } from './api'
import { isCreditCodeShaped, isValidCreditCode, normaliseCreditCode } from './creditCode'

/** The server's limits on a profile (ProducerProfile and Contact on the backend). */
export const LIMITS = {
  legalNameZh: 100,
  legalNameEn: 200,
  address: 200,
  contacts: 5,
  contactName: 40,
  contactEmail: 120,
  brands: 10,
  brand: 40,
  storyZh: 2000,
  storyEn: 4000,
} as const
export const PHONE_PATTERN = /^[0-9+\- ]{7,20}$/
/** Loose on purpose: the server has the last word on e-mail addresses. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A profile as the form edits it: every text a string, nothing chosen yet is empty. */
export interface ProfileDraft {
  type: ProducerType | null
  legalNameZh: string
  legalNameEn: string
  creditCode: string
  prefectureCode: string | null
  countyCode: string | null
  address: string
  contacts: ContactDraft[]
  brands: string[]
  storyZh: string
  storyEn: string
}

export interface ContactDraft {
  name: string
  phone: string
  email: string
}

/** What is wrong with a field, as an i18n key under `producer.form.validation` and its parameters. */
export interface Complaint {
  key: string
  params?: Record<string, number>
}

/**
 * Complaints by the server's field names (`creditCode`, `contacts[0].phone`), so that the server's own field
 * errors land in the same places.
 */
export type Complaints = Partial<Record<string, Complaint>>

export function emptyContact(): ContactDraft {
  return { name: '', phone: '', email: '' }
}

export function emptyDraft(): ProfileDraft {
  return {
    type: null,
    legalNameZh: '',
    legalNameEn: '',
    creditCode: '',
    prefectureCode: null,
    countyCode: null,
    address: '',
    contacts: [emptyContact()],
    brands: [],
    storyZh: '',
    storyEn: '',
  }
}

export function draftOf(profile: ProducerProfile): ProfileDraft {
  return {
    type: profile.type,
    legalNameZh: profile.legalNameZh,
    legalNameEn: profile.legalNameEn ?? '',
    creditCode: profile.creditCode,
    prefectureCode: profile.prefectureCode,
    countyCode: profile.countyCode,
    address: profile.address,
    contacts: profile.contacts.length
      ? profile.contacts.map((contact) => ({ name: contact.name, phone: contact.phone, email: contact.email ?? '' }))
      : [emptyContact()],
    brands: [...profile.brands],
    storyZh: profile.storyZh ?? '',
    storyEn: profile.storyEn ?? '',
  }
}

const optional = (text: string): string | null => text.trim() || null

/** The profile to send: trimmed, blank optional texts as null, each brand once. Call after {@link checkDraft}. */
export function profileOf(draft: ProfileDraft): ProducerProfile {
  if (!draft.type || !draft.prefectureCode) throw new Error('an unchecked draft: type and prefecture are required')
  return {
    type: draft.type,
    legalNameZh: draft.legalNameZh.trim(),
    legalNameEn: optional(draft.legalNameEn),
    creditCode: normaliseCreditCode(draft.creditCode),
    prefectureCode: draft.prefectureCode,
    countyCode: draft.countyCode || null,
    address: draft.address.trim(),
    contacts: draft.contacts.map(
      (contact): Contact => ({ name: contact.name.trim(), phone: contact.phone.trim(), email: optional(contact.email) }),
    ),
    brands: [...new Set(draft.brands.map((brand) => brand.trim()).filter(Boolean))],
    storyZh: optional(draft.storyZh),
    storyEn: optional(draft.storyEn),
  }
}

function required(text: string, max: number, key: string): Complaint | null {
  const value = text.trim()
  if (!value) return { key: `${key}Required` }
  return value.length <= max ? null : { key: 'tooLong', params: { max } }
}

function atMost(text: string, max: number): Complaint | null {
  return text.trim().length <= max ? null : { key: 'tooLong', params: { max } }
}

export function checkCreditCode(code: string): Complaint | null {
  const value = normaliseCreditCode(code)
  if (!value) return { key: 'creditCodeRequired' }
  if (!isCreditCodeShaped(value)) return { key: 'creditCodeFormat' }
  return isValidCreditCode(value) ? null : { key: 'creditCodeCheck' }
}

export function checkContact(contact: ContactDraft): Partial<Record<keyof ContactDraft, Complaint>> {
  const complaints: Partial<Record<keyof ContactDraft, Complaint | null>> = {
    name: required(contact.name, LIMITS.contactName, 'contactName'),
    phone: !contact.phone.trim()
      ? { key: 'phoneRequired' }
      : PHONE_PATTERN.test(contact.phone.trim())
        ? null
        : { key: 'phonePattern' },
    email:
      !contact.email.trim() || (EMAIL_PATTERN.test(contact.email.trim()) && contact.email.trim().length <= LIMITS.contactEmail)
        ? null
        : { key: 'emailPattern' },
  }
  return withoutNulls(complaints)
}

export function checkBrands(brands: readonly string[]): Complaint | null {
  if (brands.length > LIMITS.brands) return { key: 'tooManyBrands', params: { max: LIMITS.brands } }
  return brands.every((brand) => brand.trim().length <= LIMITS.brand) ? null : { key: 'brandTooLong', params: { max: LIMITS.brand } }
}

/** Every complaint about the draft, by the server's field name; empty when the server should accept it. */
export function checkDraft(draft: ProfileDraft): Complaints {
  const complaints: Record<string, Complaint | null> = {
    type: draft.type ? null : { key: 'typeRequired' },
    legalNameZh: required(draft.legalNameZh, LIMITS.legalNameZh, 'legalNameZh'),
    legalNameEn: atMost(draft.legalNameEn, LIMITS.legalNameEn),
    creditCode: checkCreditCode(draft.creditCode),
    prefectureCode: draft.prefectureCode ? null : { key: 'prefectureRequired' },
    address: required(draft.address, LIMITS.address, 'address'),
    contacts:
      draft.contacts.length === 0
        ? { key: 'contactsRequired' }
        : draft.contacts.length > LIMITS.contacts
          ? { key: 'tooManyContacts', params: { max: LIMITS.contacts } }
          : null,
    brands: checkBrands(draft.brands),
    storyZh: atMost(draft.storyZh, LIMITS.storyZh),
    storyEn: atMost(draft.storyEn, LIMITS.storyEn),
  }
  draft.contacts.forEach((contact, index) => {
    for (const [field, complaint] of Object.entries(checkContact(contact))) {
      complaints[`contacts[${index}].${field}`] = complaint
    }
  })
  return withoutNulls(complaints)
}

function withoutNulls<K extends string>(complaints: Partial<Record<K, Complaint | null>>): Partial<Record<K, Complaint>> {
  return Object.fromEntries(Object.entries(complaints).filter(([, complaint]) => complaint != null)) as Partial<
    Record<K, Complaint>
  >
}
