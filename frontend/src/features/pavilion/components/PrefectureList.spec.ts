import { describe, expect, it } from 'vitest'
import { jsonResponse, problemResponse, stubBackend } from '@/test/backend'
import { mountWithHub } from '@/test/mountWithHub'
import type { Region } from '../api'
import PrefectureList from './PrefectureList.vue'

const regions: Region[] = [
  { code: '341000', level: 'PREFECTURE', parentCode: null, nameZh: '黄山市', nameEn: 'Huangshan' },
  { code: '340100', level: 'PREFECTURE', parentCode: null, nameZh: '合肥市', nameEn: 'Hefei' },
  { code: '341021', level: 'COUNTY', parentCode: '341000', nameZh: '歙县', nameEn: 'She County' },
]

describe('PrefectureList', () => {
  it('lists only the prefectures, ordered by code, in the current language', async () => {
    stubBackend({ 'GET /api/regions': () => jsonResponse(regions) })
    const { wrapper, i18n } = await mountWithHub(PrefectureList)
    const names = () => wrapper.findAll('[data-testid="prefecture-list"] li').map((item) => item.text())

    expect(names()).toEqual(['合肥市', '黄山市'])

    i18n.global.locale.value = 'en'
    await wrapper.vm.$nextTick()

    expect(names()).toEqual(['Hefei', 'Huangshan'])
  })

  it('explains a failed load and offers a retry instead of an empty page', async () => {
    stubBackend({ 'GET /api/regions': () => problemResponse({ status: 500, title: 'Internal Server Error', detail: 'Database down' }) })
    const { wrapper } = await mountWithHub(PrefectureList)

    const error = wrapper.get('[data-testid="prefecture-error"]')
    expect(error.text()).toContain('地区数据加载失败')
    expect(error.text()).toContain('Database down')
    expect(error.find('button').exists()).toBe(true)
  })
})
