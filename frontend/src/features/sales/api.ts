import { apiRequest } from '@/shared/api'
import type { CampaignStatus } from '@/features/campaigns/api'

export type Bucket = 'HOUR' | 'DAY'
export type ExportFormat = 'CSV' | 'XLSX'

/** What one channel, prefecture or campaign sold; `key` is null for sales of no campaign. Amounts in fen. */
export interface SalesRow {
  key: string | null
  gmvFen: number
  units: number
  orders: number
}

export interface ProductRow {
  productId: string
  nameZh: string
  nameEn: string | null
  gmvFen: number
  units: number
}

/** GMV in one hour (`2027-03-20T14`) or day (`2027-03-20`) of Asia/Shanghai; buckets without sales are absent. */
export interface SalesPoint {
  at: string
  gmvFen: number
  units: number
}

/** A campaign's live figures (GET /api/sales/campaigns/{id}). */
export interface CampaignSales {
  campaignId: string
  nameZh: string
  nameEn: string | null
  status: CampaignStatus
  startsAt: string
  endsAt: string
  gmvTargetFen: number | null
  progress: number | null
  gmvFen: number
  orders: number
  units: number
  buyers: number
  lines: number
  byChannel: SalesRow[]
  byPrefecture: SalesRow[]
  topProducts: ProductRow[]
}

/** The caller's producers' sales (GET /api/sales/producers). */
export interface ProducerSales {
  producerId: string | null
  from: string | null
  to: string | null
  gmvFen: number
  orders: number
  units: number
  lines: number
  byChannel: SalesRow[]
  byCampaign: SalesRow[]
  /** campaign id → [Chinese name, English name] */
  campaignNames: Record<string, [string, string]>
  topProducts: ProductRow[]
  series: SalesPoint[]
}

export interface ProducerSalesQuery {
  producerId?: string
  from?: string
  to?: string
  bucket?: Bucket
}

export interface ExportQuery {
  format: ExportFormat
  lang: 'zh' | 'en'
  campaignId?: string
  producerId?: string
  from?: string
  to?: string
}

export const salesApi = {
  campaign: (id: string, signal?: AbortSignal) =>
    apiRequest<CampaignSales>(`/api/sales/campaigns/${encodeURIComponent(id)}`, { signal }),
  series: (id: string, bucket: Bucket, signal?: AbortSignal) =>
    apiRequest<SalesPoint[]>(`/api/sales/campaigns/${encodeURIComponent(id)}/series`, { query: { bucket }, signal }),
  rebuild: (id: string) =>
    apiRequest<CampaignSales>(`/api/sales/campaigns/${encodeURIComponent(id)}/counters/rebuild`, { method: 'POST' }),
  producers: (query: ProducerSalesQuery, signal?: AbortSignal) =>
    apiRequest<ProducerSales>('/api/sales/producers', { query: { ...query }, signal }),
}

/** The download address of a ledger export; a plain link, so the browser saves the file with the session cookie. */
export function exportUrl(query: ExportQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.append(key, String(value))
  }
  return `/api/sales/export?${params.toString()}`
}
