// Data for the admin feature's unit tests.
import type { Region } from '@/features/pavilion/api'
import type { Account } from './api'
import type { IndexStatus, SynonymGroup } from './searchApi'

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

export function indexStatus(overrides: Partial<IndexStatus['rebuild']> = {}, backlog = 0): IndexStatus {
  return {
    alias: 'wanhuo-products',
    backlog,
    rebuild: {
      running: false,
      index: 'wanhuo-products-100',
      indexed: 100,
      startedAt: '2025-03-01T12:00:00Z',
      finishedAt: '2025-03-01T12:00:05Z',
      failure: null,
      ...overrides,
    },
  }
}

export function synonymGroup(overrides: Partial<SynonymGroup> = {}): SynonymGroup {
  return {
    id: 's-1',
    terms: ['祁红', '祁门红茶', 'Keemun'],
    updatedBy: 'admin',
    updatedAt: '2025-03-02T08:30:00Z',
    version: 0,
    ...overrides,
  }
}
