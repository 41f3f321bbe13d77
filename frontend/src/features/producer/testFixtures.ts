// Data for the producer and reviews features' unit tests.
import type { Region } from '@/features/pavilion/api'
import type { Producer, ProducerProfile } from './api'

/** A slice of Anhui's regions: two prefectures, each with two counties. */
export const regions: Region[] = [
  { code: '341000', level: 'PREFECTURE', parentCode: '340000', nameZh: '黄山市', nameEn: 'Huangshan' },
  { code: '340100', level: 'PREFECTURE', parentCode: '340000', nameZh: '合肥市', nameEn: 'Hefei' },
  { code: '341024', level: 'COUNTY', parentCode: '341000', nameZh: '祁门县', nameEn: 'Qimen County' },
  { code: '341021', level: 'COUNTY', parentCode: '341000', nameZh: '歙县', nameEn: 'She County' },
  { code: '340121', level: 'COUNTY', parentCode: '340100', nameZh: '长丰县', nameEn: 'Changfeng County' },
  { code: '340122', level: 'COUNTY', parentCode: '340100', nameZh: '肥东县', nameEn: 'Feidong County' },
]

/** A valid credit code: 91340000704920454F passes the GB 32100 check. */
export const CREDIT_CODE = '91340000704920454F'

export function profile(overrides: Partial<ProducerProfile> = {}): ProducerProfile {
  return {
    type: 'COOPERATIVE',
    legalNameZh: '祁门县祁红茶业专业合作社',
    legalNameEn: 'Qimen Keemun Tea Cooperative',
    creditCode: CREDIT_CODE,
    prefectureCode: '341000',
    countyCode: '341024',
    address: '安徽省黄山市祁门县祁山镇',
    contacts: [{ name: '汪师傅', phone: '0559-4512345', email: null }],
    brands: ['祁红'],
    storyZh: '百年祁红，香高味醇。',
    storyEn: null,
    ...overrides,
  }
}

export function producer(overrides: Partial<Producer> = {}): Producer {
  const ofProfile = overrides.profile ?? profile()
  return {
    id: 'p-1',
    ownerUsername: 'farm1',
    creditCode: ofProfile.creditCode,
    verification: 'AWAITING_LICENCE',
    licenceFileId: null,
    logoFileId: null,
    rejectionReason: null,
    reviewedBy: null,
    reviewedAt: null,
    registeredAt: '2025-04-01T08:30:00Z',
    verifiedProfile: null,
    history: [],
    version: 0,
    ...overrides,
    profile: ofProfile,
  }
}
