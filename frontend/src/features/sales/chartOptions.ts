import type { EChartsCoreOption } from 'echarts/core'
import type { SalesPoint, SalesRow } from './api'
import { bucketLabel, compactYuan, formatYuan } from './salesFormat'

const HUB_RED = '#b0282c'
const PALETTE = [HUB_RED, '#d98b2b', '#3d7a5c', '#3b6ea5', '#7a4e9c', '#8c8c8c']

/** GMV over time as a line chart; `name` is the series' label, amounts shown in yuan. */
export function gmvLineOption(points: readonly SalesPoint[], name: string, locale: string): EChartsCoreOption {
  return {
    color: PALETTE,
    grid: { left: 48, right: 16, top: 24, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `¥${formatYuan(Number(value) * 100)}` },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => bucketLabel(p.at)) },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => compactYuan(value * 100, locale) } },
    series: [{ name, type: 'line', smooth: true, showSymbol: points.length < 40, areaStyle: { opacity: 0.12 }, data: points.map((p) => p.gmvFen / 100) }],
  }
}

/** GMV per row (channel, prefecture) as horizontal bars, largest on top; `label` names a row's key. */
export function gmvBarOption(rows: readonly SalesRow[], label: (key: string | null) => string, locale: string): EChartsCoreOption {
  const sorted = [...rows].sort((a, b) => a.gmvFen - b.gmvFen)
  return {
    color: PALETTE,
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => `¥${formatYuan(Number(value) * 100)}` },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => compactYuan(value * 100, locale) } },
    yAxis: { type: 'category', data: sorted.map((row) => label(row.key)) },
    series: [{ type: 'bar', barMaxWidth: 22, data: sorted.map((row) => row.gmvFen / 100) }],
  }
}

/** GMV share per row as a ring chart. */
export function gmvShareOption(rows: readonly SalesRow[], label: (key: string | null) => string): EChartsCoreOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', valueFormatter: (value: unknown) => `¥${formatYuan(Number(value) * 100)}` },
    legend: { bottom: 0, type: 'scroll' },
    series: [{
      type: 'pie',
      radius: ['42%', '68%'],
      center: ['50%', '45%'],
      label: { formatter: '{d}%' },
      data: rows.map((row) => ({ name: label(row.key), value: row.gmvFen / 100 })),
    }],
  }
}
