import { apiRequest } from '@/shared/api'
import type { OverrideView } from './overrideForm'

export type PlatformChannel = 'TAOBAO' | 'JD' | 'PINDUODUO' | 'SUNING'
export const PLATFORMS: readonly PlatformChannel[] = ['TAOBAO', 'JD', 'PINDUODUO', 'SUNING']

export type AccountStatus = 'ACTIVE' | 'NEEDS_REAUTHORIZATION' | 'DISABLED'
export type SyncStatus = 'SYNCED' | 'PENDING' | 'FAILED'

/** A connected shop as the API shows it: never the secret or token, only whether they are set. */
export interface Shop {
  id: string
  channel: PlatformChannel
  shopName: string
  gateway: string
  appKeyHint: string
  secretSet: boolean
  tokenSet: boolean
  /** ISO-8601 instant, or null when the platform gave none. */
  tokenExpiresAt: string | null
  status: AccountStatus
  statusMessage: string | null
  qps: number
  createdAt: string
  updatedAt: string
}

/** Connecting or changing a shop; on a change a blank app key, secret or token keeps the stored one. */
export interface ShopRequest {
  channel: PlatformChannel | null
  shopName: string
  gateway: string
  appKey: string | null
  appSecret: string | null
  accessToken: string | null
  tokenExpiresAt: string | null
  qps: number | null
}

/** How the shop's platform answered one call with its credentials. */
export interface ShopCheck {
  shopId: string
  reachable: boolean
  millis: number
  failure: SyncError['failure'] | null
  code: string | null
  message: string | null
  checkedAt: string
}

export interface DemoShop {
  channel: PlatformChannel
  shopName: string
  gateway: string
  appKeyHint: string
  connected: boolean
}

export interface PropertyMapping {
  attribute: string | null
  platformPropertyId: string
  fixedValue: string | null
}

export interface ListingTemplate {
  id: string
  channel: PlatformChannel
  category: string
  platformCategoryId: string
  properties: PropertyMapping[]
  updatedAt: string
  version: number | null
}

/** Problem types the channel screens act on. */
export const CHANNEL_PROBLEMS = {
  staleVersion: '/problems/stale-version',
} as const

/** A template as the admin sets it; `version` is the one edited, so a save in between is refused, not overwritten. */
export interface TemplateRequest {
  platformCategoryId: string
  properties: PropertyMapping[]
  version: number | null
}

export interface SyncError {
  failure: 'RETRYABLE' | 'REAUTHORIZE' | 'PERMANENT'
  code: string
  message: string
  at: string
}

/** One product on one shop. */
export interface ListingSync {
  id: string
  accountId: string
  channel: PlatformChannel
  productId: string
  productName: string
  status: SyncStatus
  onSale: boolean
  itemId: string | null
  attempts: number
  nextAttemptAt: string
  lastError: SyncError | null
  plannedAt: string
  syncedAt: string | null
}

export interface SyncPage {
  items: ListingSync[]
  total: number
  page: number
  size: number
}

export interface ChannelCounters {
  channel: PlatformChannel
  synced: number
  pending: number
  failed: number
}

export interface SyncQuery {
  status?: SyncStatus
  channel?: PlatformChannel
  product?: string
  page?: number
  size?: number
}

const shop = (id: string) => `/api/channels/${encodeURIComponent(id)}`

export const channelsApi = {
  shops: (signal?: AbortSignal) => apiRequest<Shop[]>('/api/channels', { signal }),
  connect: (body: ShopRequest) => apiRequest<Shop>('/api/channels', { method: 'POST', body }),
  change: (id: string, body: ShopRequest) => apiRequest<Shop>(shop(id), { method: 'PUT', body }),
  reauthorize: (id: string, accessToken: string, tokenExpiresAt: string | null) =>
    apiRequest<Shop>(`${shop(id)}/reauthorize`, { method: 'POST', body: { accessToken, tokenExpiresAt } }),
  disable: (id: string) => apiRequest<Shop>(`${shop(id)}/disable`, { method: 'POST' }),
  check: (id: string) => apiRequest<ShopCheck>(`${shop(id)}/check`, { method: 'POST' }),
  demoShops: (signal?: AbortSignal) => apiRequest<DemoShop[]>('/api/channels/demo-shops', { signal }),
  connectDemo: (channel: PlatformChannel) => apiRequest<Shop>(`/api/channels/demo-shops/${channel}`, { method: 'POST' }),
  templates: (signal?: AbortSignal) => apiRequest<ListingTemplate[]>('/api/channels/templates', { signal }),
  putTemplate: (channel: PlatformChannel, category: string, body: TemplateRequest) =>
    apiRequest<ListingTemplate>(`/api/channels/templates/${channel}/${category}`, { method: 'PUT', body }),
}

/** How one shop's order import stands. */
export interface OrderImportStatus {
  accountId: string
  channel: PlatformChannel
  shopName: string
  /** Orders modified before this instant are imported; null before the first round. */
  importedUntil: string | null
  lastRunAt: string | null
  lastError: string | null
  orders: number
  ledgerPending: number
  ledgerRefused: number
}

export const ordersApi = {
  status: (signal?: AbortSignal) => apiRequest<OrderImportStatus[]>('/api/sync/orders', { signal }),
  run: () => apiRequest<void>('/api/sync/orders/run', { method: 'POST' }),
}

export const syncApi = {
  counters: (signal?: AbortSignal) => apiRequest<ChannelCounters[]>('/api/sync/counters', { signal }),
  listings: (query: SyncQuery, signal?: AbortSignal) =>
    apiRequest<SyncPage>('/api/sync/listings', { query: { ...query }, signal }),
  retry: (id: string) => apiRequest<{ retried: number }>(`/api/sync/errors/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
  retryAll: (channel: PlatformChannel) => apiRequest<{ retried: number }>(`/api/sync/channels/${channel}/retry`, { method: 'POST' }),
  product: (productId: string, signal?: AbortSignal) =>
    apiRequest<ListingSync[]>(`/api/sync/products/${encodeURIComponent(productId)}`, { signal }),
  override: (productId: string, channel: PlatformChannel) =>
    apiRequest<OverrideView>(`/api/sync/products/${encodeURIComponent(productId)}/channels/${channel}`),
  putOverride: (productId: string, channel: PlatformChannel, body: unknown) =>
    apiRequest<OverrideView>(`/api/sync/products/${encodeURIComponent(productId)}/channels/${channel}`, { method: 'PUT', body }),
}
