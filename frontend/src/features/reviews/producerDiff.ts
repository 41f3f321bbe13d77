import type { ProducerProfile } from '@/features/producer/api'
import { fieldChanges, fieldTexts, type FieldChange } from './fieldDiff'

/** The profile as `field → text`; codes (type, regions) stay codes for the view to name in the active language. */
export function flattenProfile(profile: ProducerProfile): Map<string, string> {
  const { fields, put } = fieldTexts()
  put('type', profile.type)
  put('legalNameZh', profile.legalNameZh)
  put('legalNameEn', profile.legalNameEn)
  put('creditCode', profile.creditCode)
  put('prefectureCode', profile.prefectureCode)
  put('countyCode', profile.countyCode)
  put('address', profile.address)
  profile.contacts.forEach((contact, i) =>
    put(`contacts[${i}]`, [contact.name, contact.phone, contact.email].filter(Boolean).join(' · ')),
  )
  put('brands', profile.brands.join(' · '))
  put('storyZh', profile.storyZh)
  put('storyEn', profile.storyEn)
  return fields
}

const ORDER = [
  'type',
  'legalNameZh',
  'legalNameEn',
  'creditCode',
  'prefectureCode',
  'countyCode',
  'address',
  'contacts[',
  'brands',
  'storyZh',
  'storyEn',
]

/** What the producer changed since a reviewer last verified it, in the form's order. */
export function profileChanges(verified: ProducerProfile, current: ProducerProfile): FieldChange[] {
  return fieldChanges(flattenProfile(verified), flattenProfile(current), ORDER)
}
