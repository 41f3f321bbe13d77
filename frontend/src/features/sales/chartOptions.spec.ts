import { describe, expect, it } from 'vitest'
import { gmvBarOption, gmvLineOption, gmvShareOption } from './chartOptions'

type Series = { type: string; data: unknown[] }

describe('chart options', () => {
  it('draws GMV over time in yuan with labelled buckets', () => {
    const option = gmvLineOption(
      [
        { at: '2027-03-20T14', gmvFen: 19800, units: 2 },
        { at: '2027-03-20T15', gmvFen: 0, units: 0 },
      ],
      'GMV',
      'en',
    ) as { xAxis: { data: string[] }; series: Series[] }
    expect(option.xAxis.data).toEqual(['03-20 14:00', '03-20 15:00'])
    expect(option.series[0]!.data).toEqual([198, 0])
  })

  it('puts the largest row on top of a bar chart and names rows by key', () => {
    const option = gmvBarOption(
      [
        { key: 'JD', gmvFen: 50000, units: 5, orders: 3 },
        { key: 'PAVILION', gmvFen: 10000, units: 1, orders: 1 },
      ],
      (key) => `name-${key}`,
      'zh-CN',
    ) as { yAxis: { data: string[] }; series: Series[] }
    // ECharts draws a category axis bottom-up, so the largest comes last.
    expect(option.yAxis.data).toEqual(['name-PAVILION', 'name-JD'])
    expect(option.series[0]!.data).toEqual([100, 500])
  })

  it('shares GMV by row in a ring', () => {
    const option = gmvShareOption([{ key: null, gmvFen: 1000, units: 1, orders: 1 }], (key) => key ?? 'none') as { series: Series[] }
    expect(option.series[0]!.data).toEqual([{ name: 'none', value: 10 }])
  })
})
