// Data for the admin feature's unit tests.
import type { Region } from '@/features/pavilion/api'
import type { Account } from './api'

/** A slice of Anhui's regions: two prefectures, one with two counties. */
export const regions: Region[] = [
  { code: '341000', level: 'PREFECTURE', parentCode: '340000', nameZh: '黄山市', nameEn: 'Huangshan' },
  { code: '340100', level: 'PREFECTURE', parentCode: '340000', nameZh: '合肥市', nameEn: 'Hefei' },
  { code: '341021', level: 'COUNTY', parentCode: '341000', nameZh: '歙县', nameEn: 'She County' },
  { code: '341024', level: 'COUNTY', parentCode: '341000', nameZh: '祁门县', nameEn: 'Qimen County' },
]

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 'a-1',
    username: 'reviewer.hs',
    displayName: '黄山审核员',
    roles: ['REVIEWER'],
    regionScope: '341000',
    createdAt: '2025-03-01T12:00:00Z',
    ...overrides,
  }
}
