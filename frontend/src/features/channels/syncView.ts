import type { AccountStatus, ChannelCounters, PlatformChannel, SyncStatus } from './api'
import { PLATFORMS } from './api'

export type Tone = 'success' | 'warning' | 'danger' | 'info'

export function syncTone(status: SyncStatus): Tone {
  return status === 'SYNCED' ? 'success' : status === 'PENDING' ? 'warning' : 'danger'
}

export function accountTone(status: AccountStatus): Tone {
  return status === 'ACTIVE' ? 'success' : status === 'NEEDS_REAUTHORIZATION' ? 'danger' : 'info'
}

/** One card per platform, in the platforms' order, with zeros for a platform the server left out. */
export function counterCards(counters: readonly ChannelCounters[]): (ChannelCounters & { total: number; syncedShare: number })[] {
  return PLATFORMS.map((channel: PlatformChannel) => {
    const found = counters.find((counter) => counter.channel === channel) ?? { channel, synced: 0, pending: 0, failed: 0 }
    const total = found.synced + found.pending + found.failed
    return { ...found, total, syncedShare: total === 0 ? 100 : Math.floor((found.synced * 100) / total) }
  })
}

/** The failed listings of the whole queue; retrying all of a platform is offered only where some failed. */
export function retryableChannels(counters: readonly ChannelCounters[]): PlatformChannel[] {
  return counterCards(counters).filter((card) => card.failed > 0).map((card) => card.channel)
}
